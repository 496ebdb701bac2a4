using TakeABreak.Signalering.Safety;

namespace TakeABreak.Signalering.Tests.Safety.Labelled;

/// <summary>Which half of the labelled set a message belongs to; fixed once by its position in its situation list.</summary>
public enum LabelledHalf
{
    Tuning,
    HeldOut,

    /// <summary>safety-messages-fresh.yaml: written after the first held-out measurement; clean for rounds 1 and 2, then tuned on in round 3.</summary>
    Fresh,

    /// <summary>safety-messages-final.yaml: written after the last change to the safety content; measured, never tuned on.</summary>
    Final,

    /// <summary>safety-messages-blind.yaml: written by someone other than the tuner while the detector was tuned; never shown to the tuner.</summary>
    Blind,

    /// <summary>
    /// safety-messages-heldout.yaml: written from a list of situations before the second tuning round and committed before any
    /// change in it; measured, never tuned on.
    /// </summary>
    SecondHeldOut,

    /// <summary>safety-messages-blind-2.yaml: the second blind set by another author; never shown to the tuner, never tuned on.</summary>
    SecondBlind,

    /// <summary>safety-messages-blind-3.yaml: the third blind set by another author; never shown to the tuner, never tuned on.</summary>
    ThirdBlind,

    /// <summary>safety-messages-blind-4.yaml: the fourth blind set by another author; never shown to the tuner, never tuned on.</summary>
    FourthBlind,

    /// <summary>safety-messages-blind-6.yaml: the lead's sixth blind set, written before the sixth round; never shown to the tuner.</summary>
    SixthBlind,
    SeventhBlind,
    EighthBlind,
    NinthBlind,
    TenthBlind,
    EleventhBlind,
    TwelfthBlind,
    ThirteenthBlind,
    FourteenthBlind,
    FifteenthBlind,
    SixteenthBlind,
    SeventeenthBlind,

    /// <summary>Unseen/safety-messages-blind-18.yaml: by another author, measured only; not in Labelled/, so the second reading never learned it.</summary>
    EighteenthBlind,

    /// <summary>Unseen/safety-messages-blind-19.yaml: by another author (session 18), measured only, never learned.</summary>
    NineteenthBlind,

    /// <summary>Unseen/safety-messages-blind-20.yaml: by another author (session 18), measured only, never learned.</summary>
    TwentiethBlind,
    TwentyFirstBlind,
    TwentySecondBlind,
    TwentyThirdBlind,
    TwentyFourthBlind,
    TwentyFifthBlind,
    TwentySeventhBlind,
    TwentyEighthBlind,
    TwentyNinthBlind,
    ThirtiethBlind,
    ThirtyFirstBlind,
    ThirtySecondBlind,
    ThirtyThirdBlind,
    ThirtyFourthBlind,
    ThirtyFifthBlind,
    ThirtySixthBlind,
    ThirtySeventhBlind,
    ThirtyEighthBlind,
    ThirtyNinthBlind,
    FortiethBlind,
    FortyFirstBlind,
    FortySecondBlind,
    FortyThirdBlind,
    FortyFourthBlind,
    FortyFifthBlind,
    FortySixthBlind,
    FortySeventhBlind,
    FortyEighthBlind,
    FortyNinthBlind,
    FiftiethBlind,
    FiftyFirstBlind,
    FiftySecondBlind,
    FiftyThirdBlind,
    FiftyFourthBlind,

    /// <summary>safety-messages-openers.yaml, 1st, 3rd, 5th ... message of each situation and language: may be tuned on.</summary>
    OpenersTuning,

    /// <summary>safety-messages-openers.yaml, 2nd, 4th, 6th ... message: never looked at while tuning.</summary>
    OpenersHeldOut,

    /// <summary>safety-messages-turns.yaml: conversation turns by another author, measured before anyone tuned on them.</summary>
    Turns,

    /// <summary>safety-messages-round2.yaml: wording written while tuning the second round; tuned on.</summary>
    RoundTwo,

    /// <summary>safety-messages-round3.yaml: families of sentences written while tuning the third round.</summary>
    RoundThree,

    /// <summary>safety-messages-round4.yaml, 1st, 3rd, 5th ... message of each situation and language: tuned on in the fourth round.</summary>
    RoundFourTuning,

    /// <summary>safety-messages-round4.yaml, 2nd, 4th, 6th ... message: written before the fourth round, never looked at while tuning.</summary>
    RoundFourHeldOut,

    /// <summary>safety-messages-round6.yaml, messages whose text hashes even: tuned on in the sixth round.</summary>
    RoundSixTuning,

    /// <summary>safety-messages-round6.yaml, messages whose text hashes odd: written before the sixth round, never looked at while tuning.</summary>
    RoundSixHeldOut,

    /// <summary>safety-messages-round7.yaml, messages whose text hashes even: tuned on in the seventh round.</summary>
    RoundSevenTuning,

    /// <summary>safety-messages-round7.yaml, messages whose text hashes odd: written before the seventh round, never looked at while tuning.</summary>
    RoundSevenHeldOut,

    /// <summary>safety-messages-round8.yaml, messages whose text hashes even: tuned on in the eighth round.</summary>
    RoundEightTuning,

    /// <summary>safety-messages-round8.yaml, messages whose text hashes odd: written before the eighth round, never looked at while tuning.</summary>
    RoundEightHeldOut,

    /// <summary>safety-messages-round9.yaml, messages whose text hashes even: tuned on in the ninth round.</summary>
    RoundNineTuning,

    /// <summary>safety-messages-round9.yaml, messages whose text hashes odd: written before the ninth round, never looked at while tuning.</summary>
    RoundNineHeldOut,

    /// <summary>safety-messages-round10.yaml: families for four weaknesses of the detector itself, written before the tenth round changed it.</summary>
    RoundTenFamilies,

    /// <summary>safety-messages-round11.yaml, messages whose text hashes even: tuned on in the eleventh round.</summary>
    RoundElevenTuning,

    /// <summary>safety-messages-round11.yaml, messages whose text hashes odd: written before the eleventh round, never looked at while tuning.</summary>
    RoundElevenHeldOut,

    /// <summary>safety-messages-round12.yaml, messages whose text hashes even: tuned on in the twelfth round.</summary>
    RoundTwelveTuning,

    /// <summary>safety-messages-round12.yaml, messages whose text hashes odd: written before the twelfth round, never looked at while tuning.</summary>
    RoundTwelveHeldOut,

    /// <summary>safety-messages-round13.yaml, messages whose text hashes even: tuned on in the thirteenth round.</summary>
    RoundThirteenTuning,

    /// <summary>safety-messages-round13.yaml, messages whose text hashes odd: written before the thirteenth round, never looked at while tuning.</summary>
    RoundThirteenHeldOut,

    /// <summary>safety-messages-round14.yaml, messages whose text hashes even: tuned on in the fourteenth round.</summary>
    RoundFourteenTuning,

    /// <summary>safety-messages-round14.yaml, messages whose text hashes odd: written before the fourteenth round, never looked at while tuning.</summary>
    RoundFourteenHeldOut,

    /// <summary>safety-messages-round15.yaml, messages whose text hashes even: tuned on in the fifteenth round.</summary>
    RoundFifteenTuning,

    /// <summary>safety-messages-round15.yaml, messages whose text hashes odd: written before the fifteenth round, never looked at while tuning.</summary>
    RoundFifteenHeldOut,

    /// <summary>safety-messages-round17.yaml, messages whose text hashes even: tuned on in the seventeenth round.</summary>
    RoundSeventeenTuning,

    /// <summary>safety-messages-round17.yaml, messages whose text hashes odd: written before the seventeenth round, never looked at while tuning.</summary>
    RoundSeventeenHeldOut,

    /// <summary>safety-messages-round19.yaml, messages whose text hashes even: tuned on in the nineteenth round.</summary>
    RoundNineteenTuning,

    /// <summary>safety-messages-round19.yaml, messages whose text hashes odd: written before the nineteenth round, never looked at while tuning.</summary>
    RoundNineteenHeldOut,

    /// <summary>safety-messages-round24.yaml: serious disclosures told as a pattern and their counterweights told as going on now, written before the twenty-fourth round changed anything; tuned on.</summary>
    RoundTwentyFourFamilies,
    RoundTwentySixFamilies,
    RoundTwentyNineProbes,

    /// <summary>safety-messages-round32.yaml: the turn of the year and fireworks, by a helper; measured once, then tuned on.</summary>
    RoundThirtyTwoNewYear,

    /// <summary>safety-messages-round33.yaml: violence seen or heard at a distance and messages typed while hiding, by a helper; measured once, then tuned on.</summary>
    RoundThirtyThreeDistanceAndHiding,

    /// <summary>safety-messages-round34.yaml: disability and illness, LGBTQ+ people, pregnancy and babies, by a helper; measured once, then tuned on.</summary>
    RoundThirtyFourDisabilityQueerPregnancy,

    /// <summary>safety-messages-round35.yaml: sexual and honour-related violence going on, trackers and sextortion, by a helper; measured once, then tuned on.</summary>
    RoundThirtyFiveSexualHonourDigital,

    /// <summary>safety-messages-round37.yaml: household members who are not a partner or a parent, and men and boys as victims, by a helper; measured once, then tuned on.</summary>
    RoundThirtySevenHouseholdAndMen,

    /// <summary>safety-messages-round38.yaml: alarming everyday trouble that is not violence, next to real violence in the same settings, by a helper; measured once, then tuned on.</summary>
    RoundThirtyEightEverydayTrouble,

    /// <summary>safety-messages-round39.yaml: the line between now and afterwards, by a helper; measured once, then tuned on.</summary>
    RoundThirtyNineNowOrAfterwards,

    /// <summary>safety-messages-round40.yaml: strong words used harmlessly and real violence in the same registers (slang, gamers, sport, banter, memes), by a helper; measured once, then tuned on.</summary>
    RoundFortySameRegister,

    /// <summary>safety-messages-round36.yaml: quoted words, things named indirectly, pets hurt as a warning, threats over children, by a helper; measured once, then tuned on.</summary>
    RoundThirtySixQuotedAndIndirect,
}

/// <summary>One message of safety-messages.yaml with its expected level, situation type, language and half.</summary>
public sealed record LabelledMessage(string Text, string Language, string Situation, SafetyLevel Expected, LabelledHalf Half);
