using TakeABreak.Signalering.Safety;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TakeABreak.Signalering.Tests.Safety.Labelled;

/// <summary>
/// The labelled set in safety-messages.yaml. The split is fixed: within each situation and language the 1st, 3rd, 5th ...
/// message is tuning, the 2nd, 4th, 6th ... held-out, so both halves have every situation in both languages.
/// </summary>
public static class LabelledSafetyMessages
{
    public const string FileName = "safety-messages.yaml";
    public const string FreshFileName = "safety-messages-fresh.yaml";
    public const string FinalFileName = "safety-messages-final.yaml";
    public const string BlindFileName = "safety-messages-blind.yaml";
    public const string SecondHeldOutFileName = "safety-messages-heldout.yaml";
    public const string SecondBlindFileName = "safety-messages-blind-2.yaml";
    public const string ThirdBlindFileName = "safety-messages-blind-3.yaml";
    public const string FourthBlindFileName = "safety-messages-blind-4.yaml";
    public const string SixthBlindFileName = "safety-messages-blind-6.yaml";
    public const string SeventhBlindFileName = "safety-messages-blind-7.yaml";
    public const string EighthBlindFileName = "safety-messages-blind-8.yaml";
    public const string NinthBlindFileName = "safety-messages-blind-9.yaml";
    public const string TenthBlindFileName = "safety-messages-blind-10.yaml";
    public const string EleventhBlindFileName = "safety-messages-blind-11.yaml";
    public const string TwelfthBlindFileName = "safety-messages-blind-12.yaml";
    public const string ThirteenthBlindFileName = "safety-messages-blind-13.yaml";
    public const string FourteenthBlindFileName = "safety-messages-blind-14.yaml";
    public const string FifteenthBlindFileName = "safety-messages-blind-15.yaml";
    public const string SixteenthBlindFileName = "safety-messages-blind-16.yaml";
    public const string SeventeenthBlindFileName = "safety-messages-blind-17.yaml";

    /// <summary>Sets kept out of Labelled/ so the second reading does not learn them: measured as text nobody tuned on.</summary>
    public const string UnseenFolder = "Unseen";
    public const string ProbesFolder = "Probes";

    public const string EighteenthBlindFileName = "safety-messages-blind-18.yaml";
    public const string NineteenthBlindFileName = "safety-messages-blind-19.yaml";
    public const string TwentiethBlindFileName = "safety-messages-blind-20.yaml";
    public const string TwentyFirstBlindFileName = "safety-messages-blind-21.yaml";
    public const string TwentySecondBlindFileName = "safety-messages-blind-22.yaml";
    public const string TwentyThirdBlindFileName = "safety-messages-blind-23.yaml";
    public const string TwentyFourthBlindFileName = "safety-messages-blind-24.yaml";
    public const string TwentyFifthBlindFileName = "safety-messages-blind-25.yaml";
    public const string TwentySeventhBlindFileName = "safety-messages-blind-27.yaml";
    public const string TwentyEighthBlindFileName = "safety-messages-blind-28.yaml";
    public const string TwentyNinthBlindFileName = "safety-messages-blind-29.yaml";
    public const string ThirtiethBlindFileName = "safety-messages-blind-30.yaml";
    public const string ThirtyFirstBlindFileName = "safety-messages-blind-31.yaml";
    public const string ThirtySecondBlindFileName = "safety-messages-blind-32.yaml";
    public const string ThirtyThirdBlindFileName = "safety-messages-blind-33.yaml";
    public const string ThirtyFourthBlindFileName = "safety-messages-blind-34.yaml";
    public const string ThirtyFifthBlindFileName = "safety-messages-blind-35.yaml";
    public const string ThirtySixthBlindFileName = "safety-messages-blind-36.yaml";
    public const string ThirtySeventhBlindFileName = "safety-messages-blind-37.yaml";
    public const string ThirtyEighthBlindFileName = "safety-messages-blind-38.yaml";
    public const string ThirtyNinthBlindFileName = "safety-messages-blind-39.yaml";
    public const string FortiethBlindFileName = "safety-messages-blind-40.yaml";
    public const string FortyFirstBlindFileName = "safety-messages-blind-41.yaml";
    public const string FortySecondBlindFileName = "safety-messages-blind-42.yaml";
    public const string FortyThirdBlindFileName = "safety-messages-blind-43.yaml";
    public const string FortyFourthBlindFileName = "safety-messages-blind-44.yaml";
    public const string FortyFifthBlindFileName = "safety-messages-blind-45.yaml";
    public const string FortySixthBlindFileName = "safety-messages-blind-46.yaml";
    public const string FortySeventhBlindFileName = "safety-messages-blind-47.yaml";
    public const string FortyEighthBlindFileName = "safety-messages-blind-48.yaml";
    public const string FortyNinthBlindFileName = "safety-messages-blind-49.yaml";
    public const string FiftiethBlindFileName = "safety-messages-blind-50.yaml";
    public const string FiftyFirstBlindFileName = "safety-messages-blind-51.yaml";
    public const string FiftySecondBlindFileName = "safety-messages-blind-52.yaml";
    public const string FiftyThirdBlindFileName = "safety-messages-blind-53.yaml";
    public const string FiftyFourthBlindFileName = "safety-messages-blind-54.yaml";
    public const string TurnsFileName = "safety-messages-turns.yaml";
    public const string OpenersFileName = "safety-messages-openers.yaml";
    public const string RoundTwoFileName = "safety-messages-round2.yaml";
    public const string RoundThreeFileName = "safety-messages-round3.yaml";
    public const string RoundFourFileName = "safety-messages-round4.yaml";
    public const string RoundSixFileName = "safety-messages-round6.yaml";
    public const string RoundSevenFileName = "safety-messages-round7.yaml";
    public const string RoundEightFileName = "safety-messages-round8.yaml";
    public const string RoundNineFileName = "safety-messages-round9.yaml";
    public const string RoundTenFileName = "safety-messages-round10.yaml";
    public const string RoundElevenFileName = "safety-messages-round11.yaml";
    public const string RoundTwelveFileName = "safety-messages-round12.yaml";
    public const string RoundThirteenFileName = "safety-messages-round13.yaml";
    public const string RoundFourteenFileName = "safety-messages-round14.yaml";
    public const string RoundFifteenFileName = "safety-messages-round15.yaml";
    public const string RoundSeventeenFileName = "safety-messages-round17.yaml";
    public const string RoundNineteenFileName = "safety-messages-round19.yaml";
    public const string RoundTwentyFourFileName = "safety-messages-round24.yaml";
    public const string RoundTwentySixFileName = "safety-messages-round26.yaml";
    public const string RoundTwentyNineFileName = "safety-messages-round29.yaml";
    public const string RoundThirtyTwoFileName = "safety-messages-round32.yaml";
    public const string RoundThirtyThreeFileName = "safety-messages-round33.yaml";
    public const string RoundThirtyFourFileName = "safety-messages-round34.yaml";
    public const string RoundThirtyFiveFileName = "safety-messages-round35.yaml";
    public const string RoundThirtySixFileName = "safety-messages-round36.yaml";
    public const string RoundThirtySevenFileName = "safety-messages-round37.yaml";
    public const string RoundThirtyEightFileName = "safety-messages-round38.yaml";
    public const string RoundThirtyNineFileName = "safety-messages-round39.yaml";
    public const string RoundFortyFileName = "safety-messages-round40.yaml";

    /// <summary>The tuning and held-out halves of safety-messages.yaml.</summary>
    public static IReadOnlyList<LabelledMessage> All { get; } = Read(FileName, index => index % 2 == 0 ? LabelledHalf.Tuning : LabelledHalf.HeldOut);

    /// <summary>The fresh held-out set in safety-messages-fresh.yaml.</summary>
    public static IReadOnlyList<LabelledMessage> Fresh { get; } = Read(FreshFileName, _ => LabelledHalf.Fresh);

    /// <summary>The final held-out set in safety-messages-final.yaml.</summary>
    public static IReadOnlyList<LabelledMessage> Final { get; } = Read(FinalFileName, _ => LabelledHalf.Final);

    /// <summary>The blind set in safety-messages-blind.yaml, written by another author and never seen while tuning.</summary>
    public static IReadOnlyList<LabelledMessage> Blind { get; } = Read(BlindFileName, _ => LabelledHalf.Blind);

    /// <summary>The held-out set of the second tuning round in safety-messages-heldout.yaml, never tuned on.</summary>
    /// <summary>The second blind set, written by the lead in the third session while the detector was tuned elsewhere; never tuned on.</summary>
    public static IReadOnlyList<LabelledMessage> SecondBlind { get; } = Read(SecondBlindFileName, _ => LabelledHalf.SecondBlind);

    /// <summary>The third blind set, written by the lead in the fourth session while the detector was tuned elsewhere; never tuned on.</summary>
    public static IReadOnlyList<LabelledMessage> ThirdBlind { get; } = Read(ThirdBlindFileName, _ => LabelledHalf.ThirdBlind);

    /// <summary>The fourth blind set, written by the lead in the fifth session while the detector was tuned elsewhere; never tuned on.</summary>
    public static IReadOnlyList<LabelledMessage> FourthBlind { get; } = Read(FourthBlindFileName, _ => LabelledHalf.FourthBlind);

    /// <summary>The sixth blind set, written by the lead in the seventh session before the sixth round; never tuned on.</summary>
    public static IReadOnlyList<LabelledMessage> SixthBlind { get; } = Read(SixthBlindFileName, _ => LabelledHalf.SixthBlind);

    /// <summary>The seventh blind set, written by the lead in the eighth session before the eighth round; never tuned on.</summary>
    public static IReadOnlyList<LabelledMessage> SeventhBlind { get; } = Read(SeventhBlindFileName, _ => LabelledHalf.SeventhBlind);

    /// <summary>The eighth blind set, written by the lead in the eighth session while the tenth round ran; never tuned on.</summary>
    public static IReadOnlyList<LabelledMessage> EighthBlind { get; } = Read(EighthBlindFileName, _ => LabelledHalf.EighthBlind);

    public static IReadOnlyList<LabelledMessage> NinthBlind { get; } = Read(NinthBlindFileName, _ => LabelledHalf.NinthBlind);

    /// <summary>The lead's tenth blind set, written before the twelfth round began and only measured.</summary>
    public static IReadOnlyList<LabelledMessage> TenthBlind { get; } = Read(TenthBlindFileName, _ => LabelledHalf.TenthBlind);

    /// <summary>The lead's eleventh blind set, written while the thirteenth round ran and only measured.</summary>
    public static IReadOnlyList<LabelledMessage> EleventhBlind { get; } = Read(EleventhBlindFileName, _ => LabelledHalf.EleventhBlind);
    public static IReadOnlyList<LabelledMessage> TwelfthBlind { get; } = Read(TwelfthBlindFileName, _ => LabelledHalf.TwelfthBlind);
    public static IReadOnlyList<LabelledMessage> ThirteenthBlind { get; } = Read(ThirteenthBlindFileName, _ => LabelledHalf.ThirteenthBlind);

    public static IReadOnlyList<LabelledMessage> FourteenthBlind { get; } = Read(FourteenthBlindFileName, _ => LabelledHalf.FourteenthBlind);

    public static IReadOnlyList<LabelledMessage> FifteenthBlind { get; } = Read(FifteenthBlindFileName, _ => LabelledHalf.FifteenthBlind);

    public static IReadOnlyList<LabelledMessage> SixteenthBlind { get; } = Read(SixteenthBlindFileName, _ => LabelledHalf.SixteenthBlind);

    /// <summary>What people type in the middle of a conversation (answers, signs told as a habit or the past, danger now), by another author.</summary>
    public static IReadOnlyList<LabelledMessage> Turns { get; } = Read(TurnsFileName, _ => LabelledHalf.Turns);

    public static IReadOnlyList<LabelledMessage> SeventeenthBlind { get; } = Read(SeventeenthBlindFileName, _ => LabelledHalf.SeventeenthBlind);

    /// <summary>
    /// The eighteenth blind set (session 17): kept in the unseen folder, neither the rules nor the readings tuned on it, until
    /// session 20 moved it here for the learned readings to learn from.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> EighteenthBlind { get; } = Read(EighteenthBlindFileName, _ => LabelledHalf.EighteenthBlind);

    /// <summary>The nineteenth blind set (session 18): unseen until session 20, like the eighteenth.</summary>
    public static IReadOnlyList<LabelledMessage> NineteenthBlind { get; } = Read(NineteenthBlindFileName, _ => LabelledHalf.NineteenthBlind);

    /// <summary>The twentieth blind set (session 18): unseen until session 21 moved it here, like the eighteenth.</summary>
    public static IReadOnlyList<LabelledMessage> TwentiethBlind { get; } = Read(TwentiethBlindFileName, _ => LabelledHalf.TwentiethBlind);

    /// <summary>The twenty-first blind set (session 19): unseen until session 24 moved it here, like the eighteenth.</summary>
    public static IReadOnlyList<LabelledMessage> TwentyFirstBlind { get; } = Read(TwentyFirstBlindFileName, _ => LabelledHalf.TwentyFirstBlind);

    /// <summary>The twenty-second blind set (session 20): unseen until session 25 moved it here, like the eighteenth.</summary>
    public static IReadOnlyList<LabelledMessage> TwentySecondBlind { get; } = Read(TwentySecondBlindFileName, _ => LabelledHalf.TwentySecondBlind);

    /// <summary>The twenty-third blind set (session 21): unseen until session 26 moved it here, like the eighteenth.</summary>
    public static IReadOnlyList<LabelledMessage> TwentyThirdBlind { get; } = Read(TwentyThirdBlindFileName, _ => LabelledHalf.TwentyThirdBlind);

    /// <summary>The twenty-fourth blind set (session 22): unseen until session 27 moved it here, like the eighteenth.</summary>
    public static IReadOnlyList<LabelledMessage> TwentyFourthBlind { get; } = Read(TwentyFourthBlindFileName, _ => LabelledHalf.TwentyFourthBlind);

    /// <summary>The twenty-fifth blind set (session 23): unseen until session 27 moved it here, like the eighteenth.</summary>
    public static IReadOnlyList<LabelledMessage> TwentyFifthBlind { get; } = Read(TwentyFifthBlindFileName, _ => LabelledHalf.TwentyFifthBlind);

    /// <summary>The twenty-seventh blind set (session 24): unseen until session 28 moved it here, like the eighteenth.</summary>
    public static IReadOnlyList<LabelledMessage> TwentySeventhBlind { get; } = Read(TwentySeventhBlindFileName, _ => LabelledHalf.TwentySeventhBlind);

    /// <summary>The twenty-eighth blind set (session 25): unseen until session 29 moved it here, like the eighteenth.</summary>
    public static IReadOnlyList<LabelledMessage> TwentyEighthBlind { get; } = Read(TwentyEighthBlindFileName, _ => LabelledHalf.TwentyEighthBlind);

    /// <summary>The twenty-ninth blind set (session 26): unseen until session 30 moved it here, like the eighteenth.</summary>
    public static IReadOnlyList<LabelledMessage> TwentyNinthBlind { get; } = Read(TwentyNinthBlindFileName, _ => LabelledHalf.TwentyNinthBlind);

    /// <summary>The thirtieth blind set (session 27): unseen until session 31 moved it here, like the eighteenth.</summary>
    public static IReadOnlyList<LabelledMessage> ThirtiethBlind { get; } = Read(ThirtiethBlindFileName, _ => LabelledHalf.ThirtiethBlind);

    /// <summary>The thirty-first blind set (session 27): unseen until session 32 moved it here, like the eighteenth.</summary>
    public static IReadOnlyList<LabelledMessage> ThirtyFirstBlind { get; } = Read(ThirtyFirstBlindFileName, _ => LabelledHalf.ThirtyFirstBlind);

    /// <summary>The thirty-second blind set (session 27): unseen until session 33 moved it here, like the eighteenth.</summary>
    public static IReadOnlyList<LabelledMessage> ThirtySecondBlind { get; } = Read(ThirtySecondBlindFileName, _ => LabelledHalf.ThirtySecondBlind);

    /// <summary>The thirty-third blind set (session 28), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> ThirtyThirdBlind { get; } = Read(ThirtyThirdBlindFileName, _ => LabelledHalf.ThirtyThirdBlind);

    /// <summary>The thirty-fourth blind set (session 28): unseen until session 35 moved it here, like the eighteenth.</summary>
    public static IReadOnlyList<LabelledMessage> ThirtyFourthBlind { get; } = Read(ThirtyFourthBlindFileName, _ => LabelledHalf.ThirtyFourthBlind);

    /// <summary>The thirty-fifth blind set (session 28): unseen until session 36 moved it here, like the eighteenth.</summary>
    public static IReadOnlyList<LabelledMessage> ThirtyFifthBlind { get; } = Read(ThirtyFifthBlindFileName, _ => LabelledHalf.ThirtyFifthBlind);

    /// <summary>The thirty-sixth blind set (session 29), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> ThirtySixthBlind { get; } = ReadUnseen(ThirtySixthBlindFileName, LabelledHalf.ThirtySixthBlind);

    /// <summary>The thirty-seventh blind set (session 29), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> ThirtySeventhBlind { get; } = ReadUnseen(ThirtySeventhBlindFileName, LabelledHalf.ThirtySeventhBlind);

    /// <summary>The thirty-eighth blind set (session 30), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> ThirtyEighthBlind { get; } = ReadUnseen(ThirtyEighthBlindFileName, LabelledHalf.ThirtyEighthBlind);

    /// <summary>The thirty-ninth blind set (session 30), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> ThirtyNinthBlind { get; } = ReadUnseen(ThirtyNinthBlindFileName, LabelledHalf.ThirtyNinthBlind);

    /// <summary>The fortieth blind set (session 31), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> FortiethBlind { get; } = ReadUnseen(FortiethBlindFileName, LabelledHalf.FortiethBlind);

    /// <summary>The forty-first blind set (session 31), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> FortyFirstBlind { get; } = ReadUnseen(FortyFirstBlindFileName, LabelledHalf.FortyFirstBlind);

    /// <summary>The forty-second blind set (session 32), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> FortySecondBlind { get; } = ReadUnseen(FortySecondBlindFileName, LabelledHalf.FortySecondBlind);

    /// <summary>The forty-third blind set (session 32), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> FortyThirdBlind { get; } = ReadUnseen(FortyThirdBlindFileName, LabelledHalf.FortyThirdBlind);

    /// <summary>The forty-fourth blind set (session 33), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> FortyFourthBlind { get; } = ReadUnseen(FortyFourthBlindFileName, LabelledHalf.FortyFourthBlind);

    /// <summary>The forty-fifth blind set (session 33), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> FortyFifthBlind { get; } = ReadUnseen(FortyFifthBlindFileName, LabelledHalf.FortyFifthBlind);

    /// <summary>The forty-sixth blind set (session 34), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> FortySixthBlind { get; } = ReadUnseen(FortySixthBlindFileName, LabelledHalf.FortySixthBlind);

    /// <summary>The forty-seventh blind set (session 34), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> FortySeventhBlind { get; } = ReadUnseen(FortySeventhBlindFileName, LabelledHalf.FortySeventhBlind);

    /// <summary>The forty-eighth blind set (session 34), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> FortyEighthBlind { get; } = ReadUnseen(FortyEighthBlindFileName, LabelledHalf.FortyEighthBlind);

    /// <summary>The forty-ninth blind set (session 34), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> FortyNinthBlind { get; } = ReadUnseen(FortyNinthBlindFileName, LabelledHalf.FortyNinthBlind);

    /// <summary>The fiftieth blind set (session 35), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> FiftiethBlind { get; } = ReadUnseen(FiftiethBlindFileName, LabelledHalf.FiftiethBlind);

    /// <summary>The fifty-first blind set (session 35), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> FiftyFirstBlind { get; } = ReadUnseen(FiftyFirstBlindFileName, LabelledHalf.FiftyFirstBlind);

    /// <summary>The fifty-second blind set (session 35), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> FiftySecondBlind { get; } = ReadUnseen(FiftySecondBlindFileName, LabelledHalf.FiftySecondBlind);

    /// <summary>The fifty-third blind set (session 36), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> FiftyThirdBlind { get; } = ReadUnseen(FiftyThirdBlindFileName, LabelledHalf.FiftyThirdBlind);

    /// <summary>The fifty-fourth blind set (session 36), kept in the unseen folder like the twentieth.</summary>
    public static IReadOnlyList<LabelledMessage> FiftyFourthBlind { get; } = ReadUnseen(FiftyFourthBlindFileName, LabelledHalf.FiftyFourthBlind);

    /// <summary>
    /// First messages and early story turns (safety-messages-openers.yaml) by another author, mostly serious disclosures told
    /// in the present tense and worries; split like safety-messages.yaml: odd positions are tuned on, even positions held out.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> Openers { get; } =
        Read(OpenersFileName, index => index % 2 == 0 ? LabelledHalf.OpenersTuning : LabelledHalf.OpenersHeldOut);

    public static IReadOnlyList<LabelledMessage> SecondHeldOut { get; } = Read(SecondHeldOutFileName, _ => LabelledHalf.SecondHeldOut);

    /// <summary>Wording written while tuning the second round (safety-messages-round2.yaml); tuned on.</summary>
    public static IReadOnlyList<LabelledMessage> RoundTwo { get; } = Read(RoundTwoFileName, _ => LabelledHalf.RoundTwo);

    /// <summary>Families of sentences written while tuning the third round (safety-messages-round3.yaml); tuned on.</summary>
    public static IReadOnlyList<LabelledMessage> RoundThree { get; } = Read(RoundThreeFileName, _ => LabelledHalf.RoundThree);

    /// <summary>
    /// The fourth round's set (safety-messages-round4.yaml), written from a list of situations before the round changed anything,
    /// split like safety-messages.yaml: odd positions are tuned on, even positions are held out.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundFour { get; } =
        Read(RoundFourFileName, index => index % 2 == 0 ? LabelledHalf.RoundFourTuning : LabelledHalf.RoundFourHeldOut);

    /// <summary>
    /// The sixth round's set (safety-messages-round6.yaml), written from a list of situations before the round changed anything,
    /// split by a hash of each message's text (<see cref="HalfByHash"/>): even is tuned on, odd is held out.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundSix { get; } =
        Read(RoundSixFileName, (_, text) => HalfByHash(text, LabelledHalf.RoundSixTuning, LabelledHalf.RoundSixHeldOut));

    /// <summary>
    /// The seventh round's set (safety-messages-round7.yaml), written from a list of situations before the round changed anything,
    /// split like the sixth round's by <see cref="HalfByHash"/>: even is tuned on, odd is held out.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundSeven { get; } =
        Read(RoundSevenFileName, (_, text) => HalfByHash(text, LabelledHalf.RoundSevenTuning, LabelledHalf.RoundSevenHeldOut));

    /// <summary>
    /// The eighth round's set (safety-messages-round8.yaml), written from a list of situations before the round changed anything,
    /// split like the sixth and seventh rounds' by <see cref="HalfByHash"/>: even is tuned on, odd is held out.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundEight { get; } =
        Read(RoundEightFileName, (_, text) => HalfByHash(text, LabelledHalf.RoundEightTuning, LabelledHalf.RoundEightHeldOut));

    /// <summary>
    /// The ninth round's set (safety-messages-round9.yaml), written from a list of situations with deliberately varied wording
    /// before the round changed anything, split by <see cref="HalfByHash"/>: even is tuned on, odd is held out.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundNine { get; } =
        Read(RoundNineFileName, (_, text) => HalfByHash(text, LabelledHalf.RoundNineTuning, LabelledHalf.RoundNineHeldOut));

    /// <summary>Families for reported speech, the scope of a negation, an accident word next to violence and a count of pills (safety-messages-round10.yaml); tuned on.</summary>
    public static IReadOnlyList<LabelledMessage> RoundTen { get; } = Read(RoundTenFileName, _ => LabelledHalf.RoundTenFamilies);

    /// <summary>
    /// The eleventh round's set (safety-messages-round11.yaml), written from a list of situations aimed at structure (reported
    /// speech with now, bare pleas, being held down, a child at a height or in water, gas, a stove or a car, slang and other verbs)
    /// before the round changed anything, split by <see cref="HalfByHash"/>: even is tuned on, odd is held out.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundEleven { get; } =
        Read(RoundElevenFileName, (_, text) => HalfByHash(text, LabelledHalf.RoundElevenTuning, LabelledHalf.RoundElevenHeldOut));

    /// <summary>
    /// The twelfth round's set (safety-messages-round12.yaml), written from a list of situations aimed at the parts of a situation
    /// (threats with other verbs, breaking in, a child held over a height, "gone crazy" with violence, reported speech in the
    /// progressive, older people, children against parents, professionals who witness danger now, ordinary travel and cooking)
    /// before the round changed anything, split by <see cref="HalfByHash"/>: even is tuned on, odd is held out.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundTwelve { get; } =
        Read(RoundTwelveFileName, (_, text) => HalfByHash(text, LabelledHalf.RoundTwelveTuning, LabelledHalf.RoundTwelveHeldOut));

    /// <summary>
    /// The thirteenth round's set (safety-messages-round13.yaml), written from a list of situations aimed at the parts of a
    /// situation (a weapon held to the body, death announced, a push out of a window threatened, a threat to a child in the
    /// moment, someone tied up, weapon words with swapped letters, violence by someone still here, chat style; older people
    /// neglected or robbed; support questions, ordinary tying and windows, figures of speech) before the round changed anything,
    /// split by <see cref="HalfByHash"/>: even is tuned on, odd is held out.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundThirteen { get; } =
        Read(RoundThirteenFileName, (_, text) => HalfByHash(text, LabelledHalf.RoundThirteenTuning, LabelledHalf.RoundThirteenHeldOut));

    /// <summary>
    /// The fourteenth round's set (safety-messages-round14.yaml), written from a list of situations aimed at generic structure
    /// (signs of an emergency on top of violence, severe acts told with no time word, confinement in a vehicle or small space,
    /// suicide prepared now; and the same markers in questions about 112, plots, stories with a time word, ordinary hurry)
    /// before the round changed anything, split by <see cref="HalfByHash"/>: even is tuned on, odd is held out.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundFourteen { get; } =
        Read(RoundFourteenFileName, (_, text) => HalfByHash(text, LabelledHalf.RoundFourteenTuning, LabelledHalf.RoundFourteenHeldOut));

    /// <summary>
    /// The fifteenth round's set (safety-messages-round15.yaml), written from a list of situation families aimed at words the
    /// guard has not seen (a question about what to do asked while danger happens now, less usual verbs and idioms, objects named
    /// by what they are, threats to kill in synonyms, the body, being held or taken away, fire, gas and poison, children, chat
    /// style, suicide now; and the same words at another time, in questions, stories and ordinary use) before the round changed
    /// anything, split by <see cref="HalfByHash"/>: even is tuned on, odd is held out.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundFifteen { get; } =
        Read(RoundFifteenFileName, (_, text) => HalfByHash(text, LabelledHalf.RoundFifteenTuning, LabelledHalf.RoundFifteenHeldOut));

    /// <summary>
    /// The seventeenth round's set (safety-messages-round17.yaml), written from a list of situation types the README did not list
    /// yet (medication or poison given, pushed down the stairs or from a balcony, a dog set on someone, a car against someone, a
    /// pregnant woman hit in the belly, a stalker outside now, an ill person kept from help, an older person locked up or left
    /// without food, honour-related threats, threats by phone now, a cry for help next to a habit, words run together; and the same
    /// words at another time or in everyday use) before the round changed anything, split by <see cref="HalfByHash"/>: even is
    /// tuned on, odd is held out.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundSeventeen { get; } =
        Read(RoundSeventeenFileName, (_, text) => HalfByHash(text, LabelledHalf.RoundSeventeenTuning, LabelledHalf.RoundSeventeenHeldOut));

    /// <summary>
    /// The nineteenth round's set (safety-messages-round19.yaml), written from a list of voices and forms earlier rounds did not
    /// cover (a professional's formal report, a child's own short misspelled voice, an adult child against a parent, a carer
    /// neglecting an older person now, dictated text without punctuation, danger only in the middle of a long story, Dutch and
    /// English mixed, pets hurt to frighten, honour threats and a forced trip abroad, digital threats, pregnancy, threats passed on
    /// by a third person; and the same words at another time or in everyday use) before the round changed anything, split by
    /// <see cref="HalfByHash"/>: even is tuned on, odd is held out.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundNineteen { get; } =
        Read(RoundNineteenFileName, (_, text) => HalfByHash(text, LabelledHalf.RoundNineteenTuning, LabelledHalf.RoundNineteenHeldOut));

    /// <summary>
    /// The twenty-fourth round's families (safety-messages-round24.yaml), written before the round changed anything: violence told as
    /// a pattern in the present, reported speech of a habit, abuse as a state, things smashed with insults and an ordinary caller at
    /// the door after violence (urgent), answers about what happens next (none), and the same verbs going on now (acute). Tuned on.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundTwentyFour { get; } = Read(RoundTwentyFourFileName, _ => LabelledHalf.RoundTwentyFourFamilies);

    /// <summary>
    /// The twenty-sixth round's set (safety-messages-round26.yaml), by a helper who read none of the guard: what people at home or
    /// next door hear and see (shouting, bangs, crying, a child hiding), the same verbs in all three labels. Measured once, then
    /// learned from; not split.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundTwentySix { get; } = Read(RoundTwentySixFileName, _ => LabelledHalf.RoundTwentySixFamilies);

    /// <summary>
    /// The twenty-ninth round's probes (Probes/safety-messages-round29.yaml), by the lead: the weakest situation types the unseen
    /// sets named by type name only (their messages never read), with everyday counterparts. Tuned on; a regression guard, not a
    /// result. Kept out of Labelled/ so the readings do not learn from them: learned from, these 36 messages of one writer moved
    /// the leave-one-set-out count of the parts reading from 2,616 to 2,612 acute and shuffled the unseen sets' counts.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundTwentyNine { get; } = ReadFrom(ProbesFolder, RoundTwentyNineFileName, LabelledHalf.RoundTwentyNineProbes);

    /// <summary>
    /// The thirty-second round's set (safety-messages-round32.yaml), by a helper who read none of the guard (session 32): the turn
    /// of the year — fireworks thrown at people, into homes and through letterboxes, parties and families together for days, threats
    /// at midnight — and harmless fireworks and party talk. Measured once before it was learned from; not split.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundThirtyTwo { get; } = Read(RoundThirtyTwoFileName, _ => LabelledHalf.RoundThirtyTwoNewYear);

    /// <summary>
    /// The thirty-third round's set (safety-messages-round33.yaml), by a helper who read none of the guard (session 33): violence seen
    /// or heard at a distance (video calls, game voice chat, livestreams, pocket-dials, open lines, baby monitors, doorbell cameras,
    /// smart speakers) and messages typed while hiding, in plain words; harmless hide and seek, pranks and games. Measured once
    /// before it was learned from; not split.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundThirtyThree { get; } = Read(RoundThirtyThreeFileName, _ => LabelledHalf.RoundThirtyThreeDistanceAndHiding);

    /// <summary>
    /// The thirty-fourth round's set (safety-messages-round34.yaml), by a helper who read none of the guard (session 33): people with
    /// a disability or illness and their carers and group homes, LGBTQ+ people (same-sex partners, teenagers after coming out, threats
    /// to out someone), pregnancy, newborns and the weeks after birth. Measured once before it was learned from; not split.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundThirtyFour { get; } = Read(RoundThirtyFourFileName, _ => LabelledHalf.RoundThirtyFourDisabilityQueerPregnancy);

    /// <summary>
    /// The thirty-fifth round's set (session 34; 280: acute 100, urgent 90, not acute 90), written by a helper on the themes the
    /// forty-fourth blind set showed weakest: sexual violence going on (heard by a bystander, a child now or tonight, the attacker
    /// still there), relatives on their way over honour, a forced marriage at the airport, trackers and location apps with the
    /// person arriving, sextortion with the means at hand, online grooming with a meeting now. Measured once before it was learned
    /// from; not split.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundThirtyFive { get; } = Read(RoundThirtyFiveFileName, _ => LabelledHalf.RoundThirtyFiveSexualHonourDigital);

    /// <summary>
    /// The thirty-sixth round's set (session 34; 280: acute 100, urgent 90, not acute 90), written by a helper: messages that quote
    /// what someone said, texted, shouted or sent, with the decisive fact inside the quote; weapons named only by where they are kept
    /// ("het ding uit de la"); pets hurt as a warning; threats around the children in a custody fight. Measured once before it was
    /// learned from; not split.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundThirtySix { get; } = Read(RoundThirtySixFileName, _ => LabelledHalf.RoundThirtySixQuotedAndIndirect);

    /// <summary>
    /// The thirty-seventh round's set (session 34; 280: acute 100, urgent 90, not acute 90), written by a helper: brothers and
    /// sisters, adult children and in-laws living in, step-parents, an uncle staying over, family visiting from abroad, roommates, a
    /// landlord or a lodger in the house, and men and boys hurt at home (often ashamed or joking about it). Measured once before it
    /// was learned from; not split.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundThirtySeven { get; } = Read(RoundThirtySevenFileName, _ => LabelledHalf.RoundThirtySevenHouseholdAndMen);

    /// <summary>
    /// The thirty-eighth round's set (session 35; 280: acute 100, urgent 90, not acute 90), written by a helper: alarming everyday
    /// trouble that is not violence (burnt food and smoke alarms, children hurt in accidents, broken locks, lost children found, car
    /// trouble, storms, pets, burglary fears, neighbour noise, landlords, hyperbole, true crime) next to real violence in the same
    /// kitchens, cars, holidays and game nights, the decisive fact often small and late. Measured once before it was learned from;
    /// not split.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundThirtyEight { get; } = Read(RoundThirtyEightFileName, _ => LabelledHalf.RoundThirtyEightEverydayTrouble);

    /// <summary>
    /// The thirty-ninth round's set (session 35; 280: acute 100, urgent 90, not acute 90), written by a helper on the line between
    /// now and afterwards: violence told afterwards that mentions the present in passing (he is asleep, at work, it is quiet, I am
    /// at my mother's, the police came and went, the marks are still there) and stories where something starts again, comes back
    /// or goes quiet right now; nothing serious told in the present tense (films, books, news, a hard day). Measured once before it
    /// was learned from; not split.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundThirtyNine { get; } = Read(RoundThirtyNineFileName, _ => LabelledHalf.RoundThirtyNineNowOrAfterwards);

    /// <summary>
    /// The fortieth round's set (session 36; 280: acute 100, urgent 90, not acute 90), written by a helper: strong words used
    /// harmlessly and real violence written in the same registers side by side (straattaal and English teen chat, gamers, sport and
    /// martial arts, work banter, memes and sarcasm, dark humour, lyrics, true crime, DIY, cooking, exaggerating parents), so that
    /// words alone cannot decide. Measured once before it was learned from; not split.
    /// </summary>
    public static IReadOnlyList<LabelledMessage> RoundForty { get; } = Read(RoundFortyFileName, _ => LabelledHalf.RoundFortySameRegister);

    public static IEnumerable<LabelledMessage> Tuning => All.Where(message => message.Half == LabelledHalf.Tuning);

    public static IEnumerable<LabelledMessage> HeldOut => All.Where(message => message.Half == LabelledHalf.HeldOut);

    /// <summary>
    /// A half fixed by the text alone (32-bit FNV-1a of its UTF-8 bytes): reordering or adding messages never moves one from
    /// one half to the other.
    /// </summary>
    public static LabelledHalf HalfByHash(string text, LabelledHalf even, LabelledHalf odd)
    {
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash % 2 == 0 ? even : odd;
    }

    private static List<LabelledMessage> Read(string fileName, Func<int, LabelledHalf> halfOf) =>
        Read(fileName, (index, _) => halfOf(index));

    /// <summary>A set kept in the unseen folder: read for its counts only, never learned from.</summary>
    private static List<LabelledMessage> ReadUnseen(string fileName, LabelledHalf half) => ReadFrom(UnseenFolder, fileName, half);

    private static List<LabelledMessage> ReadFrom(string folder, string fileName, LabelledHalf half) =>
        [.. Situations(folder, fileName).SelectMany(situation => situation.Texts.Select(text => new LabelledMessage(
            text, situation.Language, situation.Type, situation.Expected, half)))];

    private static List<LabelledMessage> Read(string fileName, Func<int, string, LabelledHalf> halfOf) =>
        [.. Situations(fileName).SelectMany(situation => situation.Texts.Select((text, index) => new LabelledMessage(
            text,
            situation.Language,
            situation.Type,
            situation.Expected,
            halfOf(index, text))))];

    /// <summary>
    /// Answers people type to the assistant's own questions (SecondReading/answers-to-the-assistant.yaml), learned by the
    /// disclosure reading only, as messages of nothing serious.
    /// </summary>
    public static IEnumerable<(string FileName, string Text, SafetyLevel Expected)> AnswersToTheAssistant() =>
        Situations("SecondReading", AnswersToTheAssistantFileName).SelectMany(situation => situation.Texts.Select(text => (AnswersToTheAssistantFileName, text, situation.Expected)));

    public const string AnswersToTheAssistantFileName = "answers-to-the-assistant.yaml";

    /// <summary>Every message of every labelled file in the folder, file by file in ordinal order: what the second reading learns from.</summary>
    public static IEnumerable<(string FileName, string Text, SafetyLevel Expected)> EveryFile() =>
        Directory.GetFiles(Path.Combine(RepositoryFolders.SafetyTests, "Labelled"), "*.yaml")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .SelectMany(fileName => Situations(fileName!).SelectMany(situation => situation.Texts.Select(text => (fileName!, text, situation.Expected))));

    private static IEnumerable<(string Type, string Language, SafetyLevel Expected, IReadOnlyList<string> Texts)> Situations(string fileName) =>
        Situations("Labelled", fileName);

    private static IEnumerable<(string Type, string Language, SafetyLevel Expected, IReadOnlyList<string> Texts)> Situations(string folder, string fileName)
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryFolders.SafetyTests, folder, fileName));
        var file = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build()
            .Deserialize<SituationFile>(yaml);
        foreach (var situation in file.Situations)
        {
            var expected = situation.Expect switch
            {
                "acute" => SafetyLevel.Acute,
                "urgent" => SafetyLevel.Urgent,
                "none" => SafetyLevel.None,
                _ => throw new InvalidDataException($"{fileName}: situation '{situation.Type}': expect must be acute, urgent or none, not '{situation.Expect}'."),
            };
            yield return (situation.Type, "nl", expected, situation.Nl);
            yield return (situation.Type, "en", expected, situation.En);
        }
    }

    private sealed class SituationFile
    {
        public List<Situation> Situations { get; set; } = [];
    }

    private sealed class Situation
    {
        public string Type { get; set; } = "";

        public string Expect { get; set; } = "";

        public string Description { get; set; } = "";

        public List<string> Nl { get; set; } = [];

        public List<string> En { get; set; } = [];
    }
}
