namespace TakeABreak.Dialogs.Content;

/// <summary>The string ids the engine itself uses; every content set must define them.</summary>
public static class EngineStrings
{
    public const string NotUnderstood = "engine_not_understood";
    public const string Yes = "engine_yes";
    public const string No = "engine_no";
    public const string Skip = "engine_skip";
    public const string None = "engine_none";
    public const string ChecklistSubmit = "engine_checklist_submit";
    public const string ChecklistHint = "engine_checklist_hint";
    public const string NumberInvalid = "engine_number_invalid";
    public const string LanguageSwitched = "engine_language_switched";
    public const string ContentChanged = "engine_content_changed";

    /// <summary>After the misses allowed in a row: the choices again, with where to get help now.</summary>
    public const string NotUnderstoodHelp = "engine_not_understood_help";

    /// <summary>Optional. Said instead of <see cref="NotUnderstood"/> at a yes/no question: which two answers it takes.</summary>
    public const string NotUnderstoodYesNo = "engine_not_understood_yes_no";

    /// <summary>Two or more options named in one message: ask which one, showing only those.</summary>
    public const string Which = "engine_which";

    /// <summary>"Ik begrijp: {0}." — what was taken from a sentence, so that "nee, …" can correct it.</summary>
    public const string Understood = "engine_understood";

    /// <summary>Phrases that say the last guess was wrong ("klopt niet").</summary>
    public const string Wrong = "engine_wrong";

    /// <summary>
    /// Optional. Phrases that say the last guess was wrong also inside a longer message ("oh sorry, dat klopt niet"). Those of
    /// <see cref="Wrong"/> count only alone or at the start: "het verhaal klopt niet" and "het gaat niet goed" are stories.
    /// </summary>
    public const string WrongInsideText = "engine_wrong_inside_text";

    /// <summary>"Weet ik niet" and the like: such an answer is never taken from a message for a question not asked yet.</summary>
    public const string DontKnow = "engine_dont_know";

    /// <summary>Optional. Of the "I don't know" phrases, those that say it only as the whole message ("misschien", "maybe").</summary>
    public const string DontKnowOnlyAlone = "engine_dont_know_only_alone";

    /// <summary>Optional. Words that may stand around a request without changing it ("graag", "please", "hoi").</summary>
    public const string IntentFillers = "engine_intent_fillers";

    /// <summary>Optional. Words that undo a request just before or inside it ("ik wil niet stoppen").</summary>
    public const string IntentNegations = "engine_intent_negations";

    /// <summary>Optional. Someone else as subject ("hij", "she"): just before a stop/restart/person phrase it makes it a story, not a request.</summary>
    public const string IntentOtherSubjects = "engine_intent_other_subjects";

    /// <summary>Optional. Per language its function words ("de", "ik"; "the", "she"), to notice which language a message is in.</summary>
    public const string LanguageWords = "engine_language_words";

    /// <summary>Optional. Said in the new language when the bot follows the language the user writes in.</summary>
    public const string LanguageNoticed = "engine_language_noticed";
    /// <summary>"Ik pas je eerdere antwoord aan: {0}." — a later message answered an earlier question again (optional; else <see cref="Understood"/>).</summary>
    public const string Revised = "engine_revised";
    public const string SaysWhoWords = "engine_says_who_words";
    public const string Refusal = "engine_refusal";

    /// <summary>Optional. At a yes/no question only: phrases that skip or decline it, and so are its no ("overslaan", "i'll pass").</summary>
    public const string DeclinedYesNo = "engine_yes_no_declined";

    /// <summary>Optional. At a checklist: phrases that close it with what is ticked so far ("ja", "klaar", "dat is het", "that's all").</summary>
    public const string ChecklistDone = "engine_checklist_done";

    /// <summary>Words after a closing word that take it back: "ja maar hij is ook lief" does not close the checklist (optional).</summary>
    public const string ChecklistDoneBut = "engine_checklist_done_but";

    /// <summary>Optional. "Je vertelde al: {0}." — said with a checklist when earlier messages already ticked some of it.</summary>
    public const string ChecklistTold = "engine_checklist_told";

    /// <summary>
    /// Optional. "Welke bedoel je?" — said before a checklist that adds to a story is shown again, when a bare "ja" answered
    /// it with nothing ticked yet: that says something fits, not what.
    /// </summary>
    public const string ChecklistWhich = "engine_checklist_which";

    /// <summary>Optional. "klaar", "done" alone at a question with one answer (phrases), and the short line that asks which one.</summary>
    public const string ChoiceDone = "engine_choice_done";

    /// <summary>Optional. Said before a question with one answer is asked again after "klaar": which one fits.</summary>
    public const string ChoiceWhichOne = "engine_choice_which_one";

    /// <summary>Optional. "soms", "sometimes" alone at a checklist with nothing ticked: which, then (as a bare "ja").</summary>
    public const string ChecklistSometimes = "engine_checklist_sometimes";

    /// <summary>Optional. Said when a checklist closes after the misses allowed, with what is ticked so far.</summary>
    public const string ChecklistMovingOn = "engine_checklist_moving_on";

    /// <summary>Optional: "Is er nog meer?", said when a typed sign was ticked at a checklist that stays open.</summary>
    public const string ChecklistMore = "engine_checklist_more";

    /// <summary>Optional. "Goed om te weten." — said when a message at a checklist that stays open says an item is not so ("geen kinderen").</summary>
    public const string ChecklistDenied = "engine_checklist_denied";

    /// <summary>Optional phrases ("lijst", "laat de lijst zien"): the checklist card again, after "Is er nog meer?" asked without it; the first is its button.</summary>
    public const string ChecklistShow = "engine_checklist_show";

    /// <summary>
    /// Optional phrases ("ook mij", "me too"): at a checklist that adds to a story, a message with one says it happens to
    /// the one who writes as well; it never closes the checklist ("ja soms ook mij").
    /// </summary>
    public const string MeTooPhrases = "engine_me_too_phrases";

    /// <summary>Optional. Said to a message with <see cref="MeTooPhrases"/> that ticked nothing, before "Is er nog meer?".</summary>
    public const string MeToo = "engine_me_too";

    /// <summary>
    /// Optional phrases ("bang dat", "afraid he"): a message with <see cref="MeTooPhrases"/> and one of these tells a fear of
    /// what may come ("ik ben bang dat hij mij ook gaat slaan"), not that it happens already: <see cref="MeToo"/> is not said.
    /// </summary>
    public const string MeTooFearPhrases = "engine_me_too_fear_phrases";

    /// <summary>
    /// Optional phrases ("ja echt", "yes really"): the whole message, at a checklist that stays open with signs ticked,
    /// says the sign just said back is true; it never closes the checklist.
    /// </summary>
    public const string ChecklistAffirmedPhrases = "engine_checklist_affirmed_phrases";

    /// <summary>Optional. Said to a message with <see cref="ChecklistAffirmedPhrases"/>, before "Is er nog meer?".</summary>
    public const string ChecklistAffirmed = "engine_checklist_affirmed";

    /// <summary>Optional. "Dat weet ik al: {0}." — a message that only repeats an answer the bot already has.</summary>
    public const string AlreadyKnown = "engine_already_known";

    /// <summary>Optional. Thanks ("bedankt", "thanks"): a message of thanks and weak words only is never a yes.</summary>
    public const string Thanks = "engine_thanks";

    /// <summary>Optional. Words that agree without saying yes ("ok", "prima"): with thanks they are a polite close, not consent.</summary>
    public const string WeakYes = "engine_weak_yes";

    /// <summary>
    /// Optional. Words that hold the conversation up to change something ("nee wacht", "no wait"): a message that starts
    /// with them is never the yes or no of the question asked, but may change an earlier answer.
    /// </summary>
    public const string Wait = "engine_wait";

    /// <summary>
    /// Optional. Words that give a name ("mijn naam is", "je kunt vragen naar", "ask for"): at a <c>text</c> question with a
    /// finder that finds nothing, such a message is no value for it ("je kunt vragen naar Sanne" at the safe-moment question).
    /// </summary>
    public const string NameGiven = "engine_name_given";

    /// <summary>
    /// Optional. Capitalised words that are no name ("Straks", "Later"): a message of one or two capitalised words not among
    /// these, at a <c>text</c> question whose finder finds nothing, is read as a name ("Fatima").
    /// </summary>
    public const string NotAName = "engine_not_a_name";

    /// <summary>
    /// Optional. Parts of words that say when ("ochtend", "avond", "dag", "morning"): a single word typed in lower case is read
    /// as a name ("fatima") only when it holds none of these ("morgenochtend", "savonds", "weekdays" stay moments) and is no
    /// <see cref="NotAName"/>, yes, no, "weet ik niet" or skip word.
    /// </summary>
    public const string NotANamePart = "engine_not_a_name_parts";

    /// <summary>Optional. Said to a name typed at a <c>text</c> question with a finder; then the question again.</summary>
    public const string NameIsNoAnswer = "engine_name_is_no_answer";

    /// <summary>Optional. Said after a question answered once the conversation has ended: ask more, or start again.</summary>
    public const string AnsweredAfterTheEnd = "engine_answered_after_the_end";

    /// <summary>Optional. Said to a number typed alone once the conversation has ended: it has ended, and how to start again.</summary>
    public const string NumberAfterTheEnd = "engine_number_after_the_end";

    /// <summary>Said to a statement that answers nothing at a question with buttons, before the question again (optional).</summary>
    public const string StatementHeard = "engine_statement_heard";

    public static IReadOnlyList<string> All { get; } =
        [NotUnderstood, Yes, No, Skip, None, ChecklistSubmit, ChecklistHint, NumberInvalid, LanguageSwitched, ContentChanged, NotUnderstoodHelp, Which, Understood, Wrong, DontKnow];
}
