"""Follow-ups of the estimates audit, through the chat: a partner who may or may not come, read the same way by
the reminders and the round alerts as by the verdict; whose sibling counts; an estimate of hours that decides a
year of Canadian work in the CRS.

Figures worked out by hand from RULES.md 3 (today: 2026-11-27). Isabelle (FR) and Ken (EN), born 1994-05-05, 32:
21232 at 40 h since 2024-01-01 (4,547 h, 2 completed years of 1,560 h), TEF NCLC 7/8/7/7, a Canadian bachelor's,
no foreign work; the spouse has a bachelor's, no test, no Canadian work.
- Without spouse: age 94 + education 120 + language 17 + 23 + 17 + 17 + Canadian work 53 = 341; transferability
  education x language 13 + education x Canadian work 25 = 38; Canadian credential 3+ years 30 + French NCLC 7+
  with no English 25 = 55. Total 434.
- With spouse: 85 + 112 + 16 + 22 + 16 + 16 + 46 = 313; spouse education 8; 38; 55. Total 414 (the lower: shown).
- Turning 33 on 2027-05-05 (RULES.md 3, age rows): with spouse 85 -> 80 (5 fewer), without 94 -> 88 (6 fewer).
"""

from __future__ import annotations

import datetime as dt
import pathlib

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram
from .test_reminders_chat import Clock, bot_with_clock, reminders_in, wait_for
from .test_round_alerts import FeedServer, alerts, bot_with_feed, ircc_feed, refresh, until

UTC = dt.UTC
TEF_NCLC7_FR = ["non", "[TEF Canada]", "2025-09-20", "450 470 430 460", "non"]  # NCLC 7/8/7/7
TEF_NCLC7_EN = ["no", "[TEF Canada]", "2025-09-20", "450 470 430 460", "no"]
ISABELLE = ["/start", "non", "oui", "21232", "2024-01-01", "oui", "40", "oui", "oui", "non", "oui", *TEF_NCLC7_FR,
            "[Estimer mon score SCG]", "1994-05-05", "mariée", "non", "[Je ne sais pas]",
            "[Baccalauréat ou programme de 3 ans ou plus]", "[Aucun test]", "0",
            "[Baccalauréat ou programme de 3 ans ou plus]", "[Au Canada]", "0", "non", "non"]
KEN = ["/start", "no", "yes", "21232", "2024-01-01", "yes", "40", "yes", "yes", "no", "yes", *TEF_NCLC7_EN,
       "[Estimate my CRS]", "1994-05-05", "married", "no", "[Not sure]", "[Bachelor's or 3+ year program]",
       "[No test]", "0", "[Bachelor's or 3+ year program]", "[In Canada]", "0", "no", "no"]


def crs_of(chat: Chat) -> str:
    return "\n".join(chat.texts[-3:])


# -- 1. reminders and round alerts read the verdict's careful column ---------------------------------------------
async def test_ken_birthday_reminder_reads_the_column_of_his_crs_and_names_the_other(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db, clock = tmp_path / "bot.db", Clock(dt.datetime(2026, 11, 27, 9, tzinfo=UTC))
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg, first_name="Ken")
        await answer_all(chat, *KEN, "no")
        assert "CRS estimate: 414 points" in crs_of(chat) and "434 if they do not" in crs_of(chat)
        offer = said(await chat.click("🔔 Remind me"))
        assert "May 4, 2027: the day before you turn 33, when your CRS age points go from 85 to 80 if your " \
            "spouse or partner comes with you, as your CRS is read (the lower one), or from 94 to 88 if they " \
            "do not" in offer
        assert "from 94 to 88, " not in offer, "never the column of a partner not coming alone"
        await chat.click("Yes, remind me")
    bot.errors.check()
    clock.set(dt.date(2027, 5, 4), 18)
    async with bot_with_clock(tg, db, clock) as bot:
        await wait_for(lambda: len(reminders_in(chat, "you turn 33")) == 1)
    (sent,) = reminders_in(chat, "you turn 33")
    assert "Tomorrow, May 5, 2027, you turn 33. Your CRS is read with your spouse or partner coming with you, " \
        "the lower of its two figures: your age points go from 85 to 80, so your estimate drops by 5 points. " \
        "If they do not come, your age points go from 94 to 88, 6 points fewer." in sent
    bot.errors.check()


async def test_isabelle_rappel_d_anniversaire_dans_la_colonne_de_sa_note(tg: FakeTelegram,
                                                                          tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Isabelle", language_code="fr")
        await answer_all(chat, *ISABELLE, "non")
        assert "Score SCG estimé : 414 points" in crs_of(chat)
        offer = said(await chat.click("🔔 M'envoyer des rappels"))
        assert "4 mai 2027 : la veille de vos 33 ans, quand vos points SCG pour l'âge passent de 85 à 80 si " \
            "votre époux ou conjoint de fait vous accompagne (l'hypothèse retenue pour votre score SCG, " \
            "celle qui donne le score le plus bas), ou de 94 à 88 s'il ne vous accompagne pas" in offer
        # She decides: her wife stays. One column, the one of 434, and nothing said of the other.
        await chat.send("/summary")
        await chat.click("✏️ Conjoint · vous accompagne")
        await chat.send("non")
        assert "Score SCG estimé : 434 points" in crs_of(chat)
        offer = said(await chat.click("🔔 M'envoyer des rappels"))
        assert "la veille de vos 33 ans, quand vos points SCG pour l'âge passent de 94 à 88" in offer
        assert "vous accompagne" not in offer
    bot.errors.check()


async def test_ken_round_alert_compares_the_lower_figure_and_says_when_the_other_reaches_the_cutoff(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    feed = FeedServer(ircc_feed())
    try:
        async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
            chat = Chat(bot.app, tg, first_name="Ken")
            await answer_all(chat, *KEN, "no")
            await chat.click("📣 Tell me after each round")
            # A CEC round with a cut-off of 420 (invented for the test): 414 is 6 below, 434 reaches it.
            feed.body = ircc_feed({"drawNumber": "448", "drawDate": "2026-11-25",
                                   "drawName": "Canadian Experience Class", "drawSize": "2,500", "drawCRS": "420"})
            await refresh(bot)
            await until(lambda: bool(alerts(chat, "New round of invitations")))
            (alert,) = alerts(chat, "New round of invitations")
            assert "Your latest estimate, 414, is below this round's 420 by 6 points." in alert
            assert "If your spouse or partner does not come with you, your CRS is 434: that reaches this " \
                "round's 420." in alert
            assert "You were not sure whether your spouse or partner would come with you: 414 reads them as " \
                "coming, the lower of your two figures, as your result does; if they do not come, your CRS is " \
                "434." in alert
            listing = said(await chat.send("/rounds"))
            assert "Compared with your latest CRS estimate, 414" in listing
            assert "414 reads them as coming, the lower of your two figures" in listing
        bot.errors.check()
    finally:
        feed.close()


async def test_isabelle_alerte_de_ronde_avec_ses_deux_notes(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    feed = FeedServer(ircc_feed())
    try:
        async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
            chat = Chat(bot.app, tg, first_name="Isabelle", language_code="fr")
            await answer_all(chat, *ISABELLE, "non")
            await chat.click("📣 Prévenez-moi après chaque ronde")
            # Cut-off 410 (invented for the test): both figures reach it; only the figures are said.
            feed.body = ircc_feed({"drawNumber": "448", "drawDate": "2026-11-25",
                                   "drawName": "Canadian Experience Class", "drawSize": "2,500", "drawCRS": "410"})
            await refresh(bot)
            await until(lambda: bool(alerts(chat, "Nouvelle ronde d'invitations")))
            (alert,) = alerts(chat, "Nouvelle ronde d'invitations")
            assert "Votre dernière estimation, 414, dépasse de 4 points le score minimal de cette ronde (410)." \
                in alert
            assert ": il atteint" not in alert and ": il est inférieur" not in alert
            assert "Vous ne saviez pas si votre époux ou conjoint de fait vous accompagnerait : comme votre " \
                "résultat, 414 suppose qu'il vous accompagne, l'hypothèse qui donne le score le plus bas ; s'il " \
                "ne vient pas, votre score SCG est de 434." in alert
        bot.errors.check()
    finally:
        feed.close()


# -- 2. whose sibling: a spouse's counts only with the spouse coming (RULES.md 3) --------------------------------
# With a sibling in Canada (15, RULES.md 3): her own counts in both readings, 414 + 15 = 429 and 434 + 15 = 449;
# only her wife's counts only with her wife coming: 429 and 434.
async def test_isabelle_seul_le_frere_de_sa_femme_compte_seulement_si_elle_vient(tg: FakeTelegram,
                                                                                  tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Isabelle", language_code="fr")
        await answer_all(chat, *ISABELLE)
        question = said(await chat.send("oui"))
        assert "De qui est-ce le frère ou la sœur ? Celui ou celle de votre époux ou conjoint de fait ne compte " \
            "pour le SCG que s'il vous accompagne" in question
        await chat.click("Seulement celui ou celle de mon époux ou conjoint de fait")
        assert answers(bot, chat)["sibling_whose"] == "spouse"
        crs = crs_of(chat)
        assert "Votre score SCG dépend de la venue de votre époux ou conjoint de fait : 429 s'il vous " \
            "accompagne, 434 s'il ne vous accompagne pas. Le plus bas, 429, est affiché" in crs
        assert "Score SCG estimé : 429 points" in crs
        # Then her wife decides to come: the question is no longer needed, the sibling counts, one figure.
        await chat.send("/summary")
        await chat.click("✏️ Conjoint · vous accompagne")
        await chat.send("oui")
        assert "sibling_whose" not in answers(bot, chat)
        assert "Score SCG estimé : 429 points" in crs_of(chat) and "dépend de la venue" not in crs_of(chat)
    bot.errors.check()


async def test_ken_his_own_sister_counts_whether_or_not_his_wife_comes(tg: FakeTelegram,
                                                                      tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ken")
        await answer_all(chat, *KEN)
        assert "Whose brother or sister is it?" in said(await chat.send("yes"))
        await chat.click("Mine (or we both have one)")
        crs = crs_of(chat)
        assert "Your CRS depends on whether your spouse or partner comes with you: 429 if they come, 449 if " \
            "they do not. The lower one, 429, is shown until you know." in crs
        await chat.send("/summary")
        assert "Whose sibling: Mine (or we both have one)" in chat.texts[-1]
        # Only his wife's after all: 429 with her, 434 without.
        await chat.click("✏️ Whose sibling")
        await chat.click("Only my spouse's or partner's")
        assert "429 if they come, 434 if they do not" in crs_of(chat)
    bot.errors.check()


async def test_ken_a_partner_who_surely_comes_is_not_asked_whose_sibling(tg: FakeTelegram,
                                                                          tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ken")
        steps = [step if step != "[Not sure]" else "yes" for step in KEN]
        await answer_all(chat, *steps, "yes")
        assert "Whose brother or sister" not in "\n".join(chat.texts)
        assert "CRS estimate: 429 points" in crs_of(chat)
    bot.errors.check()


# -- 3. an estimate of hours that decides a CRS year (RULES.md 3: completed years of 1,560 h) ---------------------
# 21232 since 2024-01-01 at about 28 h: 1,061 days x 28 / 7 = 4,244 h, 2 completed years. 2 years need 3,120 h:
# 3,120 x 7 / 1,061 = 20.58 h a week, so 20.6 h to the tenth (20.5 h give 3,107.2 h, 1 year).
CRS_SINGLE_EN = ["[Estimate my CRS]", "1997-03-10", "[Single]", "[Bachelor's or 3+ year program]",
                 "[Outside Canada, with an ECA]", "[No]", "[2 years]", "[No]", "[No]", "[No]"]
CRS_SINGLE_FR = ["[Estimer mon score SCG]", "1997-03-10", "[Célibataire]",
                 "[Baccalauréat ou programme de 3 ans ou plus]", "[Hors du Canada, avec une EDE]", "[Non]",
                 "[2 ans]", "[Non]", "[Non]", "[Non]"]


async def test_priya_about_28_hours_holds_her_second_crs_year_above_20_6_hours(tg: FakeTelegram,
                                                                               tmp_path: pathlib.Path) -> None:
    # Single, 29, bachelor's with ECA, IELTS CLB 9 in all four, 2 years foreign work.
    # 2 Canadian years: core 110 + 120 + 124 + 53 = 407; transferability min(50, 25 + 25) + min(50, 25 + 25) = 100;
    # total 507. Just under, 1 year: RULES.md 3's worked example, 470.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Priya")
        await answer_all(chat, "/start", "no", "yes", "21232", "2024-01-01", "yes", "about 28", "yes", "yes", "no",
                         "yes", "no", "[IELTS General Training]", "2025-06-01", "8 7 7 7", "no", *CRS_SINGLE_EN)
        crs = crs_of(chat)
        assert "CRS estimate: 507 points" in crs
        assert "Your CRS counts 2 years of Canadian work (completed years of 1,560 hours) on your estimate of " \
            "about 28 h a week in job 1: that holds if you averaged at least 20.6 h a week there; just under " \
            "that, it would count 1 year and your CRS would be 470." in crs
        # Her pay stubs say 28 h: exact now, nothing rests on an estimate.
        await chat.send("/summary")
        await chat.click("✏️ Job 1 · hours")
        await chat.send("28")
        await chat.click("📊 Show my CRS")
        assert "CRS estimate: 507 points" in crs_of(chat)
        assert "completed years of 1,560 hours" not in crs_of(chat)
        assert "job_hours_estimate" not in answers(bot, chat)["jobs"][0]
    bot.errors.check()


async def test_lea_environ_28_h_tient_sa_deuxieme_annee_scg_au_dessus_de_20_6_h(tg: FakeTelegram,
                                                                               tmp_path: pathlib.Path) -> None:
    # Célibataire, 29 ans, baccalauréat avec EDE, TEF NCLC 7/8/7/7 (langue première, aucun test d'anglais),
    # 2 ans de travail à l'étranger. 2 ans au Canada : 110 + 120 + (17 + 23 + 17 + 17) + 53 = 357 ; transférabilité
    # (13 + 25) + (13 + 25) = 76 ; français NCLC 7+ sans anglais 25. Total 458. Juste en dessous, 1 an :
    # 110 + 120 + 74 + 40 = 344 ; (13 + 13) + (13 + 13) = 52 ; 25. Total 421.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Léa", language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "21232", "2024-01-01", "oui", "environ 28h", "oui", "oui",
                         "non", "oui", *TEF_NCLC7_FR, *CRS_SINGLE_FR)
        crs = crs_of(chat)
        assert "Score SCG estimé : 458 points" in crs
        assert "Votre score SCG compte 2 ans d'expérience de travail au Canada (années complètes de 1 560 " \
            "heures) d'après votre estimation d'environ 28 h par semaine dans l'emploi 1 : cela tient si vous y " \
            "avez travaillé en moyenne au moins 20,6 h par semaine ; juste en dessous, il compterait 1 an et " \
            "votre score SCG serait de 421." in crs
    bot.errors.check()


async def test_grace_about_35_hours_full_time_says_nothing_of_crs_years(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    # About 35 h: the 30 h that count (RULES.md 1) are full time, 4,547 h, 2 years; 2 years need only 3,120 h.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Grace")
        await answer_all(chat, "/start", "no", "yes", "21232", "2024-01-01", "yes", "about 35h", "yes", "yes",
                         "no", "yes", "no", "[IELTS General Training]", "2025-06-01", "8 7 7 7", "no",
                         *CRS_SINGLE_EN)
        assert "CRS estimate: 507 points" in crs_of(chat)
        assert "completed years of 1,560 hours" not in crs_of(chat)
    bot.errors.check()
