"""A francophone users' audit, end to end in the chat: twelve people from Quebec, France, Belgium, the Maghreb,
West Africa, Haiti and Lebanon go through the real bot and the fake Bot API (fixed day 2026-11-27, the shipped
rounds), typing as they do on a phone, then use what comes after the verdict: the plan, /rounds, reminders,
charts, "what if I apply later", /delete, /help, /language, and a restart of the bot mid-way.

Every reply is checked by `heard_in_french`: no English sentence (IRCC's English names of tests and of the
category rounds aside, see test_walkthrough_fr_chat.py's xfail for the latter), French numbers ("1 560", "37,5"),
French dates ("1er mars 2027"), a space before : ; ? !, "vous" throughout, links to the French pages of RULES.md 5
(the Express Entry home page where RULES.md gives no French address), no message over Telegram's limits, and an
answer to every action. What each person should hear was worked out from RULES.md before the chats were run:

1. Thomas (France), PVT in Toronto, software developer (21232, TEER 1) since 2025-06-02 at 40 h; TCF Canada
   2026-02-03 530/525/14/12 = NCLC 9/9/9/8. 543 days x 30/7 = 2,327 h: eligible. CRS single, 30, master's from
   France with an ECA, 2 years abroad: 105 + 135 + 116 (31+31+31+23) + 40 = 396; transferability 25 + 25 (cap 50)
   + 13 + 13 = 76; French 25 (no English test): 497, 21 under the last CEC round (518). The best step, an IELTS
   at CLB 7 as second language: + 12 and the French bonus 25 -> 50: 534. Reminders: the eve of 31 (105 -> 99),
   90 and 30 days before the TCF expires on 2028-02-03. Then /delete, and /start begins afresh.
2. Léa (Belgium), Telegram in English, who answers in French and switches with /language mid-way: nurse (31301,
   TEER 1) since 2024-01-15 at 37.5 h; IELTS GT 7/6.5/6/6.5 (CLB 7/8/7/8) and TEF Canada 500/480/460/470
   (NCLC 8/8/7/7). 1,047 days: 4,487 h, eligible; "what if I apply in March 2027": still eligible.
3. Youssef (Morocco), cook (63200, TEER 3) since 2026-03-01 at 35 h (30 count); TEF 400/420/380/430 = NCLC
   6/6/6/6 (NCLC 5 needed). 271 days: 1,161 h; 399 h more at 30 h a week take 93 days: eligible on 2027-02-28.
   Reminders on that day and 90/30 days before 2028-01-10; the hours chart; applying from March 2027: eligible.
4. Kouadio (Côte d'Ivoire) who types "nn", "ouais", "37h30", "tef" and slashed dates: accountant (11100) since
   2024-09-01: 817 days, 3,501 h; TEF 510/520/480/500 = NCLC 9/9/8/8. CRS, married to a Canadian citizen (the
   "without spouse" column), 34, a licence from Abidjan without an ECA, 3+ years abroad: 83 + 0 + 108 + 53 = 244;
   transferability: foreign work 25 + 50, capped at 50; French 25: 319.
5. Jean-Robert (Haiti), salesperson (64100, TEER 4) and cashier (65100, TEER 5), TCF NCLC 6: 0 h, not eligible;
   the details must not say he listed no job (he listed two; neither can count).
6. Marc (France), in Quebec City for good: Quebec's route at once (RULES.md 8), /rounds compares nothing, /help.
7. Aminata (Senegal), Telegram in English, answers in French: the welcome tells her in French how to switch; a
   cashier (TEER 5), no test yet; after /language the result is said again in French.
8. Chloé (France): web developer (21234, TEER 1) since 2025-10-15 at 40 h; the bot restarts after her hours;
   she picks up at the next question. 408 days: 1,749 h; TEF 470/480/440/460 = NCLC 8/8/7/7: eligible.
9. Rami (Lebanon): civil engineer (21300) since 2024-06-03 at 45 h (907 days, 3,887 h: 2 years); IELTS GT
   8.5/8/7.5/7.5 = CLB 10 in all four; TEF NCLC 9 in all four. CRS single, 28, master's from Beirut with an ECA,
   no work abroad: English first: 110 + 135 + 136 + 24 + 53 = 458; transferability 50 + 50 capped at 50;
   French 50 (English CLB 5+): 558, 40 above the last CEC round.
10. Nadia (Tunisia): personal support worker (33102, TEER 3) 2023-02-01 to 2025-08-31 at 40 h; TCF of
   2023-09-01, expired on 2025-09-01: not eligible (language); 644 days from the window's start, both ends worked:
   2,760 h; she keeps her data once, then deletes it.
11. Mireille (Haiti), in Ottawa: support worker (33102) since 2024-05-01 at 30 h, a full-time student until
   2025-04-30 (hours count from 2025-05-01: 575 days, 2,464 h); TCF 460/455/10/10 = NCLC 7: eligible.
12. Samir (Lebanon), Telegram in French, who prefers English and switches with /language at once: everything
   after it is in English, and /language back to French brings French back.
"""

from __future__ import annotations

import pathlib
import re

from .bot_fixtures import answers, bot_on, state
from .fake_telegram import Chat, FakeTelegram, StoredMessage

ESTIMATE = "📊 Estimer mon score SCG (9 questions)"
DETAILS = "📄 Détails : exigences, heures, prochaines étapes"
# RULES.md 5, "French pages": the French addresses known, and quebec.ca (RULES.md 8).
FRENCH_PAGES = {
    "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/entree-express.html",
    "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/outil-venir-canada-immigration-entree-express"
    ".html",
    "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/entree-express/"
    "qui-presenter-demande/categorie-experience-canadienne.html",
    "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/entree-express/"
    "verifier-note.html",
    "https://noc.esdc.gc.ca/?GoCTemplateCulture=fr-CA",
    "https://www.quebec.ca/immigration",
}
# IRCC's own names, kept as IRCC writes them: the tests (the category rounds have their French names since the
# sixth French review); the English welcome's pointer to English is meant.
NAMES = ("IELTS General Training", "IELTS Academic", "PTE Academic", "PTE Core", "CELPIP-General", "TEF Canada",
         "TCF Canada", "TCF Québec", "TEFAQ", "TOEFL", "In English: /language", "English")
ENGLISH = re.compile(r"\b(the|your|you|and|with|hours?|eligible|job|Yes|No|Back|not|score of|test date|"
                     r"Not sure|None yet|Details|Continue|What|which|please)\b")
MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"


def _check_french(text: str) -> None:
    """One message as a francophone reads it."""
    for name in NAMES:
        text = text.replace(name, "")
    text = re.sub(r"https?://\S+", "", text)
    assert not ENGLISH.search(text), (ENGLISH.search(text), text)
    assert not re.search(r"\d,\d{3}\b", text), text  # "1,560": French writes "1 560"
    assert not re.search(r"(?<![\d.])\d{1,3}\.\d{1,2}(?![\d.])", text), text  # "37.5": French writes "37,5"
    assert not re.search(rf"\b1 ({MONTHS})\b", text), text  # "1er mars", never "1 mars"
    assert not re.search(r"\b(tu|toi|ton|ta|tes)\b", text), text  # "vous" throughout
    assert not re.search(r"[\wéèàùâêîôûç»)][:;?!](\s|$)", text), text  # a space before : ; ? !


async def say(chat: Chat, *steps: str) -> list[StoredMessage]:
    """Each step is typed as on a phone, or tapped when written "[label]"; every step is answered (never
    silence), each message within Telegram's limits."""
    heard: list[StoredMessage] = []
    for step in steps:
        if step.startswith("[") and step.endswith("]"):
            replies = await chat.click(step[1:-1])
        else:
            replies = await chat.send(step)
        assert replies, f"silence after {step!r}\n{chat.transcript()}"
        for message in replies:
            text = message.shown_text or ""
            assert len(text) <= (1024 if message.raw_text is None and text else 4096), text
        heard.extend(replies)
    return heard


def everything(chat: Chat) -> str:
    return "\n".join(chat.texts)


def links(chat: Chat) -> set[str]:
    found = (re.findall(r'href="([^"]+)"|(https://[^\s<"]+)', m.raw_text or "") for m in chat.bot_messages)
    return {url for pairs in found for pair in pairs for url in pair if url}


def heard_in_french(chat: Chat, skip: int = 0) -> None:
    """Every message of the chat (after the first `skip`) is French, and every link a French page."""
    for text in chat.texts[skip:]:
        _check_french(text)
    for url in links(chat):
        url = url.rstrip(".,)")
        assert "/en/" not in url and "/english/" not in url, url
        assert url in FRENCH_PAGES or not url.startswith(("https://www.canada.ca", "https://noc")), url


def verdict_of(chat: Chat) -> str:
    return next(text for text in reversed(chat.texts)
                if "Évaluation pour une demande présentée le" in text or "Évaluation faite comme si" in text)


THOMAS = ["/start", "non jsuis a toronto", "oui", "développeur logiciel", "[21232]", "2 juin 2025", "oui", "40",
          "oui", "oui", "non", "oui PVT", "non", "[TCF Canada]", "3 février 2026", "CO 530 CE 525 EE 14 EO 12",
          "non"]
THOMAS_CRS = ["15/08/1996", "célibataire", "master", "en france avec EDE", "non", "2 ans", "non", "non", "non"]


async def test_thomas_pvt_a_toronto_score_497_plan_rondes_rappels_puis_tout_efface(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Thomas", language_code="fr")
        await say(chat, *THOMAS)
        verdict = chat.last_text
        assert "✅ Vous semblez admissible à la catégorie de l'expérience canadienne" in verdict
        assert "2 327 heures admissibles ; il en faut 1 560" in verdict
        assert "NCLC 9/9/9/8." in verdict
        await say(chat, f"[{ESTIMATE}]", *THOMAS_CRS)  # "15/08/1996": 15 can only be the day
        crs = everything(chat)
        assert "✅ 15 août 1996" in crs
        assert "📊 Score SCG estimé : 497 points" in crs
        assert "Facteurs de base 396 · époux ou conjoint de fait 0 · transférabilité des compétences 76 · " \
               "points supplémentaires 25" in crs
        assert "• Première langue officielle : 116" in crs and "• Compétences en français : 25" in crs
        assert "inférieur de 21 points" in crs and "(518, le 29 septembre 2026)" in crs
        await say(chat, "[Comment augmenter mon score ?]")
        plan = everything(chat)
        assert "IELTS General Training au NCLC 7 ou plus dans les quatre compétences" in plan
        assert "(compréhension de l'oral 6,0 · compréhension de l'écrit 6,0 · expression écrite 6,0 · " \
               "expression orale 6,0) : +37 points" in plan and "Avec ce changement, 534" in plan
        await say(chat, "[Retour à mon résultat]", "[Graphique du SCG]")
        assert "votre score de 497 n'aurait atteint ce seuil dans aucune de ces rondes" in chat.last_text
        await say(chat, "/rounds")
        rounds = chat.last_text
        assert "Catégorie de l'expérience canadienne, 29 septembre 2026 : 518 — il vous manque 21 points" \
            in rounds
        assert "Compétence linguistique en français, 19 août 2026 : 382 — vous le dépassez de 115 points" in rounds
        await say(chat, "/help")
        assert "/delete : effacer tout ce qui vous concerne" in chat.last_text
        await say(chat, "[Continuer]", "[M'envoyer des rappels]")
        offer = chat.last_text
        assert "14 août 2027 : la veille de vos 31 ans, quand vos points SCG pour l'âge passent de 105 à 99" \
            in offer
        assert "5 novembre 2027 : 90 jours avant l'expiration de votre résultat TCF Canada, le 3 février 2028" \
            in offer
        assert "4 janvier 2028 : 30 jours avant" in offer and "vers 17 h UTC" in offer
        await say(chat, "[Oui, envoyez-moi des rappels]", "/reminders", "[Arrêter tous les rappels]")
        assert "Tous les rappels sont désactivés" in chat.last_text
        heard_in_french(chat)
        await say(chat, "/delete", "[Oui, tout effacer]")
        assert "tout ce qui vous concerne est effacé" in chat.last_text
        assert bot.repository.load_session(chat.user_id) is None
        await say(chat, "/start")
        assert chat.last_text.startswith("Bonjour Thomas !") and "In English: /language" in chat.last_text
        heard_in_french(chat)
    bot.errors.check()


async def test_lea_telegram_en_anglais_repond_en_francais_puis_passe_au_francais(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Léa", language_code="en")
        await say(chat, "/start")
        assert "En français : /language." in chat.last_text  # said at once, in French, to whoever needs it
        await say(chat, "non", "oui", "infirmière")
        assert "31301 · Registered nurses" in chat.buttons[0]  # still English: she has not asked for French yet
        before = len(chat.texts)
        await say(chat, "/language", "[Français]")
        assert chat.last_text.startswith("Je vous parlerai désormais en français.")
        # the same occupations offered again, now in French, without typing the title again
        assert "« infirmière » figure dans plusieurs professions" in chat.last_text
        assert any(b.startswith("31301") for b in chat.buttons)
        await say(chat, "[31301]", "15 janv 2024", "oui", "37,5", "oui", "oui", "non", "oui", "non",
                  "[IELTS General Training]", "5 mai 2025", "7 6,5 6 6,5", "oui", "[TEF Canada]", "1er juin 2025",
                  "500 480 460 470", "non")
        verdict = chat.last_text
        assert "✅ Vous semblez admissible" in verdict and "4 487 heures admissibles ; il en faut 1 560" in verdict
        assert "NCLC 8/8/7/7" in verdict  # the TEF, the later expiry
        await say(chat, "[Et si je présente ma demande plus tard ?]", "[mars 2027]")
        later = verdict_of(chat)
        assert "comme si vous présentiez votre demande le 1er mars 2027" in later
        assert "✅ Vous semblez admissible" in later
        heard_in_french(chat, skip=before)
    bot.errors.check()


YOUSSEF = ["/start", "Non", "Oui", "cuisinier", "[63200]", "1er mars 2026", "oui", "35", "oui", "oui", "non",
           "oui", "non", "[TEF Canada]", "10 janvier 2026", "400 420 380 430", "non"]


async def test_youssef_cuisinier_pas_encore_admissible_rappels_graphique_et_plus_tard(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Youssef", language_code="fr")
        await say(chat, *YOUSSEF)
        verdict = chat.last_text
        assert "⏳ Pas encore admissible : vous devriez l'être le 28 février 2027" in verdict
        assert "1 161 heures admissibles ; il en faut 1 560" in verdict and "NCLC 6/6/6/6" in verdict
        assert "À faire : environ 399 heures admissibles de plus" in verdict
        await say(chat, "[M'envoyer des rappels]", "[Oui, envoyez-moi des rappels]")
        reminders = chat.last_text
        assert "28 février 2027 : le jour où vous devriez devenir admissible" in reminders
        assert "12 octobre 2027 : 90 jours avant l'expiration de votre résultat TEF Canada, le 10 janvier 2028" \
            in reminders and "11 décembre 2027 : 30 jours avant" in reminders
        await say(chat, "/start")
        assert chat.texts[-1].startswith("Bon retour ! Vos réponses sont conservées")
        await say(chat, "[Graphique des heures]")
        facts = chat.last_text
        assert "1 161 h de votre travail comptent" in facts
        assert "vous atteindrez 1 560 heures le 28 février 2027" in facts
        await say(chat, "[Continuer]", "[Et si je présente ma demande plus tard ?]", "[mars 2027]")
        later = verdict_of(chat)  # 2026-03-01 to 2027-03-01: 365 days, 1,564 h
        assert "✅ Vous semblez admissible" in later and "1 564 heures admissibles" in later
        heard_in_french(chat)
    bot.errors.check()


async def test_kouadio_tape_en_abrege_37h30_et_dates_avec_barres(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Kouadio", language_code="fr")
        await say(chat, "/start", "nn", "ouais", "comptable", "[11100]", "01/09/2024")
        assert chat.buttons == ["1er septembre 2024", "9 janvier 2024"]  # the French reading first, still asked
        await say(chat, "[1er septembre 2024]", "ouais", "37h30")
        assert "✅ 37,5 h/semaine" in chat.last_text  # 37 hours 30 minutes, as French writes a work week
        await say(chat, "ouais", "ouais", "nn", "ouais", "nn", "tef", "12/03/2025", "[12 mars 2025]",
                  "CO 510 CE 520 EE 480 EO 500", "nn")
        verdict = chat.last_text
        assert "✅ Vous semblez admissible" in verdict and "3 501 heures admissibles" in verdict
        assert "TEF Canada du 12 mars 2025 correspond aux niveaux NCLC 9/9/8/8" in verdict
        await say(chat, f"[{ESTIMATE}]", "5 mai 1992", "marié", "ouais", "licence", "en côte d'ivoire sans EDE",
                  "nn",  # to "a Canadian credential too?" ([Non] / [Oui, ...]): once refused
                  "3 ans ou plus", "nn", "nn", "nn")
        crs = everything(chat)
        assert "📊 Score SCG estimé : 319 points" in crs
        assert "Facteurs de base 244 · époux ou conjoint de fait 0 · transférabilité des compétences 50" in crs
        assert "• Âge : 83" in crs and "• Expérience de travail au Canada : 53" in crs
        heard_in_french(chat)
    bot.errors.check()


async def test_jean_robert_vendeur_et_caissier_entend_pourquoi_rien_ne_compte(tg: FakeTelegram,
                                                                          tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Jean-Robert", language_code="fr")
        await say(chat, "/start", "non", "oui", "vendeur", "[64100]", "oui", "caissier", "[65100]", "non",
                  "[TCF Canada]", "2026-05-02", "400 410 8 9", "non")
        verdict = chat.last_text
        assert "❌ Non admissible à la catégorie de l'expérience canadienne pour le moment" in verdict
        assert "0 heure admissible ; il en faut 1 560" in verdict and "NCLC 6/6/6/6" in verdict
        assert "L'emploi 1 (FEER 4) ne compte ni pour l'admissibilité ni pour le SCG" in verdict
        await say(chat, f"[{DETAILS}]")
        details = everything(chat)
        assert "Vous n'avez indiqué aucun emploi au Canada" not in details  # he listed two
        assert "Vos réponses n'indiquent aucun emploi rémunéré au Canada de FEER 0, 1, 2 ou 3" in details
        heard_in_french(chat)
    bot.errors.check()


async def test_marc_reste_a_quebec_la_voie_du_quebec_les_rondes_et_l_aide(tg: FakeTelegram,
                                                                       tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Marc", language_code="fr")
        await say(chat, "/start", "ben oui j'reste à Québec")
        notice = chat.last_text
        assert "Programme de sélection des travailleurs qualifiés (PSTQ)" in notice and "Arrima" in notice
        assert "constitue une fausse déclaration" in notice
        await say(chat, "[Je comprends]", "/rounds")
        assert "je n'en compare donc aucune avec vos réponses" in chat.last_text
        await say(chat, "/help", "/summary")
        assert "• Vivra au Québec : Oui" in chat.last_text
        assert bot.repository.latest_verdict(chat.user_id) is None
        heard_in_french(chat)
    bot.errors.check()


async def test_aminata_telegram_en_anglais_passe_au_francais_apres_le_resultat(tg: FakeTelegram,
                                                                            tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Aminata", language_code="en")
        await say(chat, "/start")
        assert "En français : /language." in chat.last_text
        await say(chat, "non", "oui", "caissière", "[65100]", "non", "[None yet]")
        assert "Not eligible for the Canadian Experience Class for now" in chat.last_text
        before = len(chat.texts)
        await say(chat, "/language", "[Français]")
        again = chat.last_text
        assert again.startswith("Je vous parlerai désormais en français.")
        assert "❌ Non admissible à la catégorie de l'expérience canadienne pour le moment" in again
        assert "Langue : vous n'avez aucun résultat valide à un test approuvé" in again
        heard_in_french(chat, skip=before)
    bot.errors.check()


async def test_chloe_le_bot_redemarre_pendant_ses_reponses(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    database = tmp_path / "bot.db"
    async with bot_on(tg, database) as bot:
        chat = Chat(bot.app, tg, first_name="Chloé", language_code="fr")
        await say(chat, "/start", "non", "oui", "21234", "15 octobre 2025", "oui", "40")
        assert "Étiez-vous payé(e) pour l'emploi 1" in chat.last_text
    bot.errors.check()
    async with bot_on(tg, database) as bot:  # the bot restarted: a new process on the same database
        chat = Chat(bot.app, tg, first_name="Chloé", language_code="fr")
        assert state(bot, chat) == "job_paid" and "40" in str(answers(bot, chat))
        await say(chat, "oui")  # she answers the question she had on her screen
        assert "Pour l'emploi 1, étiez-vous salarié(e)" in chat.last_text
        await say(chat, "/start")
        assert "Bon retour !" in chat.last_text and "étiez-vous salarié(e)" in chat.last_text
        await say(chat, "oui", "non", "oui", "non", "[TEF Canada]", "20 octobre 2025", "470 480 440 460", "non")
        verdict = chat.last_text
        assert "✅ Vous semblez admissible" in verdict and "1 749 heures admissibles" in verdict
        assert "NCLC 8/8/7/7." in verdict
        heard_in_french(chat)
    bot.errors.check()


async def test_rami_ingenieur_libanais_bilingue_score_558(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Rami", language_code="fr")
        await say(chat, "/start", "Non, Calgary", "oui", "ingénieur civil", "[21300]", "3 juin 2024", "oui", "45",
                  "oui", "oui", "non", "oui", "non", "[IELTS General Training]", "2025-09-20", "8,5 8 7,5 7,5",
                  "oui", "[TEF Canada]", "2025-05-10", "520 510 530 540", "non")
        verdict = chat.last_text
        assert "✅ Vous semblez admissible" in verdict and "3 887 heures admissibles" in verdict
        await say(chat, f"[{ESTIMATE}]", "12 janvier 1998", "célibataire", "maîtrise", "au liban avec EDE", "non",
                  "aucune", "non", "non", "non")
        crs = everything(chat)
        assert "📊 Score SCG estimé : 558 points" in crs
        assert "• Première langue officielle : 136" in crs and "• Deuxième langue officielle : 24" in crs
        assert "• Compétences en français : 50" in crs and "transférabilité des compétences 50" in crs
        assert "(558) dépasse de 40 points le score minimal" in crs
        await say(chat, "/rounds")
        assert "Catégorie de l'expérience canadienne, 29 septembre 2026 : 518 — vous le dépassez de 40 points" \
            in chat.last_text
        heard_in_french(chat)
    bot.errors.check()


async def test_nadia_test_expire_garde_puis_efface_ses_donnees(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Nadia", language_code="fr")
        await say(chat, "/start", "non", "oui", "préposée aux bénéficiaires", "[33102]", "1er février 2023", "non",
                  "31 août 2025", "40", "oui", "oui", "non", "oui", "non", "[TCF Canada]", "1er septembre 2023",
                  "470 460 11 11", "non")
        verdict = chat.last_text
        assert "❌ Non admissible à la catégorie de l'expérience canadienne pour le moment" in verdict
        assert "2 760 heures admissibles" in verdict  # the last day, 2025-08-31, is worked too
        await say(chat, f"[{DETAILS}]")
        assert "a expiré le 1er septembre 2025" in everything(chat)
        await say(chat, "/delete", "[Garder mes données]")
        assert bot.repository.load_session(chat.user_id) is not None
        await say(chat, "/delete", "[Oui, tout effacer]")
        assert bot.repository.load_session(chat.user_id) is None
        heard_in_french(chat)
    bot.errors.check()


async def test_mireille_etudiante_jusqu_a_la_fin_de_ses_etudes(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mireille", language_code="fr")
        await say(chat, "/start", "non, j'habite à Ottawa", "oui", "préposée", "[33102]", "1er mai 2024", "oui",
                  "30", "oui", "oui", "[Jusqu'à la fin de mes études]", "30 avril 2025", "oui", "non",
                  "[TCF Canada]", "2026-01-15", "460 455 10 10", "non")
        verdict = chat.last_text
        assert "✅ Vous semblez admissible" in verdict and "2 464 heures admissibles" in verdict
        assert "NCLC 7/7/7/7" in verdict
        heard_in_french(chat)
    bot.errors.check()


async def test_samir_prefere_l_anglais_puis_revient_au_francais(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Samir", language_code="fr")
        await say(chat, "/start", "/language", "[English]")
        assert "Do you plan to live in the province of Quebec?" in chat.last_text
        await say(chat, "no", "/language", "[Français]")
        assert "Avez-vous occupé un emploi rémunéré au Canada" in chat.last_text
        before = len(chat.texts) - 1
        await say(chat, "oui")
        heard_in_french(chat, skip=before)
    bot.errors.check()


async def test_marc_n_est_pas_requestionne_sur_le_quebec_apres_l_aide(tg: FakeTelegram,
                                                                      tmp_path: pathlib.Path) -> None:
    # After Quebec's route and "Je comprends", /help and /privacy end with its kind close and the one button for a
    # change of plans, never the Quebec question again as if unanswered.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Marc", language_code="fr")
        await say(chat, "/start", "ben oui j'reste à Québec", "[Je comprends]", "/help")
        assert "Prévoyez-vous de vivre dans la province de Québec ?" not in chat.last_text
        assert chat.last_text.endswith("si vos projets changent, touchez le bouton ci-dessous ou envoyez /start.")
        assert chat.last_bot_message.buttons == ["Je compte vivre ailleurs au Canada"]
        await say(chat, "/privacy")
        assert chat.last_text.endswith("ou envoyez /start.") and "Merci, et bonne chance" in chat.last_text
        await say(chat, "[Je compte vivre ailleurs au Canada]")  # plans changed: the screening goes on
        assert "Québec" not in chat.last_text
        assert chat.last_bot_message.buttons != ["Je compte vivre ailleurs au Canada"]
    bot.errors.check()
