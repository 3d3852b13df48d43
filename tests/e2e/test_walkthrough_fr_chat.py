"""A walkthrough in French by seven francophone people, through the real bot and the fake Bot API (fixed day
2026-11-27, the shipped rounds). What each should hear was written from RULES.md before the chats were run:

1. Camille, French PVT (open work permit) in Vancouver: server (65200, TEER 5: skipped), then food service
   supervisor (62020, TEER 2) since 2025-03-01 at 40 h; TEF Canada 2025-09-15 CO 480 CE 470 EE 450 EO 500 =
   NCLC 8/8/7/8 (NCLC 5 required). Eligible, about 2,730 h. CRS single, 29, French licence with an ECA: 110 + 120
   + 86 + 40 = 356, transferability 13 + 13, French 25 (no English test): 407; below CEC rounds (516-523), above
   the French-language rounds (382-420).
2. Armel, Cameroonian graduate of the Université de Moncton: a co-op term while studying full time (not counted),
   then user support (22221, TEER 2) on a PGWP since 2025-07-01 at 37.5 h; TEF Canada 2025-02-10 NCLC 9 in all
   four. Eligible, about 2,200 h; the test expires 2027-02-10, within 4 months: warned. CRS: 110 + 120 + 124 + 40
   + 25 + 13 + Canadian credential 30 + French 25 = 487.
3. Julien, Belgian civil engineer (21300, TEER 1: NCLC 7) in Ottawa since 2025-01-06: TCF Canada NCLC 8 (first
   language) and IELTS GT 6 = CLB 7 (second). Eligible. CRS single, 34, master's with ECA, 3+ years abroad: 83 +
   135 + 92 + 12 + 40, transferability 50 + 50, French 50 (English CLB 5+): 512, 6 under the last CEC round.
4. Salma, Moroccan nurse in Montréal, who will stay in Quebec: told at once (PSTQ, Arrima, PEQ closed), no CRS,
   /rounds compares nothing (RULES.md 8).
5. Karim, Tunisian welder (72106, TEER 2) in Québec City since 2024-04-15, moving to Ontario, TEFAQ only: work met
   (work in Quebec counts), TEFAQ refused (RULES.md 2, 8): not eligible for now, NCLC 5 at an accepted test.
6. Awa, Senegalese accountant (11100, TEER 1) since 2024-09-01, married, spouse (bachelor's, TEF NCLC 7) coming:
   TEF NCLC 8/8/7/7, eligible, 2 Canadian years. CRS with spouse: 65 + 126 + 76 + 46 + spouse 8 + 12 + 0 +
   transferability 50 + 50 + French 25 = 458.
7. Kevin, who often answers "je sais pas": not sure about Quebec (told, goes on), a cook (63200) since June 2025,
   unsure whether employee, whether authorized and of the test date: no verdict, both readings (RULES.md 1).
"""

from __future__ import annotations

import pathlib
import re

from .bot_fixtures import bot_on
from .fake_telegram import Chat, FakeTelegram

DETAILS = "📄 Détails : exigences, heures, prochaines étapes"
ESTIMATE = "📊 Estimer mon score SCG (9 questions)"
WELDERS = "72106 · Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser · FEER 2"


async def say(chat: Chat, *steps: str) -> None:
    """Each step is typed as a person types on a phone, or tapped when written "[label]"."""
    for step in steps:
        if step.startswith("[") and step.endswith("]"):
            await chat.click(step[1:-1])
        else:
            await chat.send(step)


def everything(chat: Chat) -> str:
    return "\n".join(chat.texts)


def links(chat: Chat) -> set[str]:
    return {url for message in chat.bot_messages for url in re.findall(r'href="([^"]+)"', message.raw_text or "")}


def french_only(chat: Chat) -> None:
    """Every link is a French page (RULES.md 5) and no English sentence leaks into the chat."""
    assert all("/en/" not in url and "/english/" not in url for url in links(chat)), links(chat)
    for english in (" the ", " your ", " you ", "Not eligible", "eligible for", "hours", "CRS "):
        assert english not in everything(chat), english


async def test_camille_pvt_a_vancouver_serveuse_puis_superviseure(tg: FakeTelegram,
                                                                   tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Camille", language_code="fr")
        await say(chat, "/start", "non, j'habite à Vancouver", "oui", "serveuse")
        assert "« serveuse » figure dans plusieurs professions" in chat.last_text
        await say(chat, "[65200 · Serveurs/serveuses d'aliments et de boissons · FEER 5]")
        assert "Les heures d'un emploi FEER 5 ne comptent ni pour la catégorie de l'expérience canadienne" \
            in chat.last_text  # no dates asked for a job that cannot count
        await say(chat, "oui", "superviseure restaurant",
                  "[62020 · Superviseurs/superviseures des services alimentaires · FEER 2]", "1er mars 2025",
                  "oui toujours", "40", "oui", "oui", "non", "oui, PVT", "non", "[TEF Canada]",
                  "15 septembre 2025",
                  "CO 480 CE 470 EE 450 EO 500", "non")
        verdict = chat.last_text
        assert "✅ Vous semblez admissible à la catégorie de l'expérience canadienne" in verdict
        assert "2 726 heures admissibles ; il en faut 1 560" in verdict
        assert "NCLC 8/8/7/8." in verdict
        assert "L'emploi 1 (FEER 5) ne compte ni pour l'admissibilité ni pour le SCG" in verdict
        await say(chat, f"[{ESTIMATE}]", "10/05/1997")
        assert chat.buttons == ["10 mai 1997", "5 octobre 1997"]  # a slashed date is asked, never guessed
        await say(chat, "[10 mai 1997]", "célibataire", "licence")
        assert "✅ Baccalauréat ou programme de 3 ans ou plus" in everything(chat)  # a French licence: 3 years
        await say(chat, "en france avec une EDE")  # once refused: "Veuillez toucher l'un des boutons"
        assert "✅ Hors du Canada, avec une EDE" in everything(chat)
        await say(chat, "non", "aucune", "non", "non", "non")
        crs = everything(chat)
        assert "📊 Score SCG estimé : 407 points" in crs
        assert "Facteurs de base 356 · époux ou conjoint de fait 0 · transférabilité des compétences 26" in crs
        assert "• Compétences en français : 25" in crs
        assert "inférieur de 111 points au score minimal" in crs and "(518, le 29 septembre 2026)" in crs
        assert "rondes axées sur la connaissance du français" in crs and "de 382 à 420" in crs
        assert "IRCC accorde peut-être des points pour une profession à salaire élevé" in crs  # RULES.md 3
        assert "aucun score ne garantit une invitation" in crs and "ne s'achètent pas" in crs
        french_only(chat)
        calculator = "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/" \
                     "entree-express/verifier-note.html"
        assert calculator in links(chat)
    bot.errors.check()


async def test_armel_diplome_de_moncton_stage_coop_et_tef(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Armel", language_code="fr")
        await say(chat, "/start", "non je suis à moncton", "oui", "technicien informatique",
                  "[22221 · Agents/agentes de soutien aux utilisateurs · FEER 2]", "1 juillet 2025", "oui", "37,5",
                  "oui", "oui", "non", "oui, PTPD", "oui", "22221", "mai 2023", "non", "août 2023", "40", "oui",
                  "oui",
                  "oui")  # the co-op term, while a full-time student
        assert "Le travail fait pendant des études à temps plein ne compte ni pour la catégorie" \
            in everything(chat)
        await say(chat, "non", "[TEF Canada]", "10 février 2025", "520 510 530 540", "non")
        verdict = chat.last_text
        assert "✅ Vous semblez admissible" in verdict and "2 203 heures admissibles" in verdict
        assert "NCLC 9/9/9/9." in verdict
        await chat.click(DETAILS)
        details = everything(chat)  # RULES.md 1: an expiry within about 4 months of the day is warned
        assert "Votre résultat de test de langue expire le 10 février 2027" in details
        assert "une invitation suivie des 60 jours pour présenter la demande peut dépasser cette date" in details
        await chat.click("⬅️ Retour à mon résultat")
        await say(chat, f"[{ESTIMATE}]", "2000-03-03", "célibataire", "baccalauréat", "au canada", "0", "non",
                  "non",
                  "non")
        crs = everything(chat)
        assert "📊 Score SCG estimé : 487 points" in crs
        assert "• Études au Canada : 30" in crs and "• Compétences en français : 25" in crs
        assert "inférieur de 31 points" in crs
        french_only(chat)
    bot.errors.check()


async def test_julien_ingenieur_belge_a_ottawa_tcf_et_ielts(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Julien", language_code="fr")
        await say(chat, "/start", "Non", "oui", "ingénieur civil",
                  "[21300 · Ingénieurs civils/ingénieures civiles · FEER 1]", "2025-01-06", "oui", "40", "oui",
                  "oui",
                  "non", "oui", "non", "[TCF Canada]", "12 mars 2025", "510 505 12 13", "oui",
                  "[IELTS General Training]", "2025-04-05", "6 6 6 6", "non")
        verdict = chat.last_text
        assert "✅ Vous semblez admissible" in verdict and "2 957 heures admissibles" in verdict
        assert "NCLC 7/7/7/7" in verdict  # the IELTS, the later expiry; both meet NCLC 7 (TEER 1)
        await say(chat, f"[{ESTIMATE}]", "34", "celibataire", "master", "en belgique, EDE faite", "non",
                  "3 ans ou plus", "non", "non", "non")
        crs = everything(chat)
        assert "📊 Score SCG estimé : 512 points" in crs
        assert "• Première langue officielle : 92" in crs and "• Deuxième langue officielle : 12" in crs
        assert "transférabilité des compétences 100" in crs and "• Compétences en français : 50" in crs
        assert "inférieur de 6 points" in crs
        french_only(chat)
    bot.errors.check()


async def test_salma_infirmiere_a_montreal_reste_au_quebec(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Salma", language_code="fr")
        await say(chat, "/start", "oui je reste à montréal")
        notice = chat.last_text
        assert "Programme de sélection des travailleurs qualifiés (PSTQ)" in notice and "Arrima" in notice
        assert "n'accepte plus de nouvelles demandes depuis le 19 novembre 2025" in notice
        assert "constitue une fausse déclaration" in notice  # never "just say you will move"
        await say(chat, "[Je comprends]", "/rounds")
        rounds = chat.last_text
        assert "ne s'adressent pas aux personnes qui vivront au Québec ; je n'en compare donc aucune" in rounds
        assert "SCG estimé" not in everything(chat) and bot.repository.latest_verdict(chat.user_id) is None
        assert "Immigrer au Québec : https://www.quebec.ca/immigration" in rounds
    bot.errors.check()


async def test_les_rondes_par_categorie_sont_nommees_en_francais(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """The shipped category rounds come from copies of IRCC's English feed (RULES.md 4): a French reader gets
    their names in IRCC's French feed (flows/texts/rounds.fr.toml says where they were read)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Salma", language_code="fr")
        await say(chat, "/start", "oui je reste à montréal", "[Je comprends]", "/rounds")
        for english in ("Trades Occupations", "Senior managers", "Healthcare and Social Services", "Physicians"):
            assert english not in chat.last_text
        assert "• Métiers spécialisés, 1er octobre 2026 : 476 *" in chat.last_text
    bot.errors.check()


async def test_karim_soudeur_a_quebec_qui_part_en_ontario_avec_un_tefaq(tg: FakeTelegram,
                                                                      tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Karim", language_code="fr")
        await say(chat, "/start", "non, je déménage en ontario l'an prochain")
        # a move out of Quebec said with its time is a no, read since leftovers 4 (session 17; it was asked again)
        assert "Veuillez répondre oui ou non" not in everything(chat)
        assert "Avez-vous occupé un emploi rémunéré au Canada" in chat.last_text
        await say(chat, "oui", "soudeur",
                  f"[{WELDERS}]",
                  "15 avril 2024", "oui", "40", "oui", "oui", "non", "oui permis fermé", "non", "TEFAQ")
        assert "TEFAQ n'est pas accepté pour Entrée express" in everything(chat)  # RULES.md 2 and 8
        await say(chat, "[Aucun pour l'instant]")
        verdict = chat.last_text
        assert "❌ Non admissible à la catégorie de l'expérience canadienne pour le moment" in verdict
        assert "✅ Travail au Canada : 4 097 heures admissibles" in verdict  # work in Quebec counts
        assert "À faire : un résultat d'au moins NCLC 5 dans chaque compétence" in verdict
        await chat.click(DETAILS)
        assert "1 366 h au-delà de 30 heures par semaine" in everything(chat)
        assert "TEF Canada ou TCF Canada" in everything(chat)
        french_only(chat)
    bot.errors.check()


async def test_awa_comptable_mariee_conjoint_avec_un_tef(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Awa", language_code="fr")
        await say(chat, "/start", "non", "oui", "comptable",
                  "[11100 · Vérificateurs/vérificatrices et comptables · FEER 1]", "1 sept 2024", "oui", "37.5",
                  "oui",
                  "oui", "non", "oui", "non", "[TEF Canada]", "20 mars 2026", "CO 470 CE 480 EE 440 EO 460", "non")
        assert "✅ Vous semblez admissible" in chat.last_text and "NCLC 8/8/7/7" in chat.last_text
        await say(chat, f"[{ESTIMATE}]", "14 février 1990", "mariée", "non", "oui",
                  "licence")  # the spouse's licence: once refused (the person's own was understood)
        assert "✅ Baccalauréat ou programme de 3 ans ou plus" in chat.last_text
        await say(chat, "oui TEF", "2025-11-03", "CO 470 CE 450 EE 430 EO 460", "0", "master",
                  "au sénégal avec EDE WES",
                  "non", "3 ans ou plus", "non", "non", "non")
        crs = everything(chat)
        assert "📊 Score SCG estimé : 458 points" in crs
        assert "Facteurs de base 313 · époux ou conjoint de fait 20 · transférabilité des compétences 100" in crs
        assert "• Âge : 65" in crs and "• Expérience de travail au Canada : 46" in crs
        french_only(chat)
    bot.errors.check()


async def test_kevin_repond_souvent_je_sais_pas(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Kevin", language_code="fr")
        await say(chat, "/start", "je sais pas")
        assert "Vous ne savez pas encore ? Aucun problème." in chat.last_text
        await say(chat, "oui", "je sais pas")  # the job title: once searched, offering airline ticket agents
        assert "Aucun problème : décrivez en quelques mots ce que vous faisiez" in everything(chat)
        assert not any(label.startswith("64312") for label in chat.buttons)
        await say(chat, "cuisinier", "[63200 · Cuisiniers/cuisinières · FEER 3]", "je sais pas")
        assert "une date approximative suffit" in everything(chat)  # once only "Je n'ai pas compris cette date"
        await say(chat, "juin 2025", "oui", "environ 35", "oui", "je sais pas", "non", "je sais pas", "non", "TEF",
                  "je sais pas", "CO 480 CE 470 EE 450 EO 500", "non")
        verdict = everything(chat)
        assert "❔ Je ne peux pas encore trancher" in verdict
        assert "Lecture la plus favorable : admissible. Lecture prudente : non admissible." in verdict
        assert "/ 0 (heures comptées : 2 331)" in verdict
        assert "• Emploi 1 · autorisé : " in verdict
        assert "• Test 1 · date : " in verdict
        assert "Lieu de résidence prévu : ce résultat suppose que vous prévoyez de vivre hors du Québec." \
            in verdict
        assert "Vous semblez admissible" not in verdict
        french_only(chat)
    bot.errors.check()
