"""The eighth French review (2026-12): the French lines added or changed since 0ee8618, read beside their English
twins as a francophone reads them on a phone, through the real bot and the fake Bot API (fixed day 2026-11-27, the
shipped rounds).

Played in French: Mathis, whose test lapses the very day he would qualify (the verdict and its details);
hours typed as a range (« 35 à 40 h »); « Oui ! » typed under /delete at a result; and, read well as they
were, a spouse's death (« mon mari est décédé »), living together (« on vit ensemble depuis 2 ans ») and
Zoé's 18th birthday in « Comment augmenter mon score ? ». What read badly is pinned below, each test with
what it said before; the figures are those of the earlier walkthroughs (RULES.md sections 1-3).
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram
from .screenings import verdict_of
from .test_leftovers3_chat import WORK_TO_HOURS_FR, to_marital
from .test_quebec_audit_chat import ELIGIBLE_FR
from .test_walkthrough_round8_chat import CRS_FR, LEA, LEA_CRS
from .test_walkthrough_round9_chat import MATHIS


async def test_mathis_dont_le_test_expire_le_jour_meme(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Mathis's TEF Canada lapses on November 28, 2026, the day he would qualify. The warning joined two
    sentences with a comma (« il ne sera plus valide ce jour-là, prévoyez donc ») and said « ce jour-là » for
    "from that day"; in the details « C'est le jour même … et il ne sera plus valide » came two sentences
    after the expiry date, after « la profession … FEER 2 ou 3 », so « C'est » and « il » had no clear
    antecedent."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mathis", language_code="fr")
        await answer_all(chat, *MATHIS)
        verdict = verdict_of(chat)
        assert "Votre résultat de test de langue expire le 28 novembre 2026, le jour même où vous " \
               "atteindriez un an de travail : il ne sera plus valide dès ce jour-là ; prévoyez donc de " \
               "repasser un test." in verdict
        assert "ce jour-là, prévoyez" not in verdict
        details = said(await chat.click("📄 Détails"))
        assert "est de catégorie FEER 2 ou 3. Votre résultat expire le jour même où vous seriez admissible " \
               "(le 28 novembre 2026) et ne sera plus valide ce jour-là : il vous faudra un nouveau résultat " \
               "d'ici là." in details
        assert "C'est le jour même" not in details
    bot.errors.check()


async def test_une_fourchette_d_heures_dit_le_bas_de_la_fourchette(tg: FakeTelegram,
                                                                  tmp_path: pathlib.Path) -> None:
    """« 35 à 40 h »: the note said « au plus 30 heures par semaine comptent » (the hint under the question says
    « sont comptées ») and « la valeur basse », a calque of "the lower end"."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Inès", language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *WORK_TO_HOURS_FR)
        reply = said(await chat.send("35 à 40 h"))
        assert "✅ 35 h/semaine" in reply
        assert "Vous avez indiqué une fourchette, de 35 à 40 heures par semaine : au plus 30 heures par semaine " \
               "sont comptées, donc les deux valeurs donnent le même nombre d'heures. Noté comme une " \
               "estimation : environ 35 heures par semaine, soit le bas de la fourchette. Si vous trouvez le " \
               "chiffre exact, /back permet de le corriger." in reply
        assert "la valeur basse" not in reply
        job = answers(bot, chat)["jobs"][0]
        assert (job["job_hours"], job["job_hours_estimate"]) == (35, True)
        assert "Étiez-vous payé(e) pour l'emploi 1" in chat.last_text
    bot.errors.check()


async def test_oui_sous_delete_puis_non(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« Oui ! » under /delete at a result: the answer said « Pour tout supprimer » right under « Effacer
    tout … ? » and beside the button « Oui, tout effacer »: two verbs for one thing. « non » then keeps, as its
    button does."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ana", language_code="fr")
        await answer_all(chat, "/start", *ELIGIBLE_FR)
        asked = said(await chat.send("/delete"))
        assert "Effacer tout ce que je conserve à votre sujet" in asked
        reply = said(await chat.send("Oui !"))
        assert "Vous avez écrit « Oui ! », mais un mot tapé n'efface rien. Pour tout effacer, touchez « 🗑️ Oui, " \
               "tout effacer » ci-dessous ; sinon, touchez « Garder mes données »." in reply
        assert "supprimer" not in reply
        assert chat.keyboard == [["🗑️ Oui, tout effacer"], ["Garder mes données"]]
        assert "Rien n'a été effacé." in said(await chat.send("non"))
        assert bot.repository.rows_about(chat.user_id) > 0
    bot.errors.check()


async def test_etat_matrimonial_dit_par_ce_qui_est_arrive(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Read well as it was: a spouse's death is « Veuf ou veuve »; living together is asked, with why."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Hélène", language_code="fr")
        await to_marital(chat, "fr")
        reply = said(await chat.send("mon mari est décédé"))
        assert "✅ Veuf ou veuve" in reply and "Quel est votre plus haut niveau d'études ?" in reply
        other = Chat(bot.app, tg, first_name="Julie", language_code="fr", user_id=1002)
        await to_marital(other, "fr")
        reply = said(await other.send("on vit ensemble depuis 2 ans"))
        assert "je ne peux pas le déduire de la durée de votre vie commune. Touchez " \
               "« Conjoint(e) de fait » si vous êtes conjoints de fait ; sinon, touchez votre état, par " \
               "exemple « Célibataire »." in reply
        assert "marital" not in answers(bot, other)
    bot.errors.check()


async def test_zoe_et_ses_18_ans_dans_comment_augmenter_mon_score(tg: FakeTelegram,
                                                                 tmp_path: pathlib.Path) -> None:
    """Read well as it was: the birthday line closes the plan, in French dates (RULES.md 3: 17 or less 0,
    18: 99)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Zoé", language_code="fr")
        await answer_all(chat, *LEA, CRS_FR, "2008-11-28", *LEA_CRS)
        ways = said(await chat.click("📈 Comment augmenter mon score ?"))
        assert ways.endswith("⏳ Le 28 novembre 2026, vous aurez 18 ans : 99 points SCG de plus pour l'âge dès "
                             "ce jour.")
    bot.errors.check()
