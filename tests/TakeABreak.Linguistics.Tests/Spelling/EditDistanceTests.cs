using TakeABreak.Linguistics.Spelling;

namespace TakeABreak.Linguistics.Tests.Spelling;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("buurvrouw", "buurvrouw", 0)]
    [InlineData("buurvruow", "buurvrouw", 1)]
    [InlineData("buurvrow", "buurvrouw", 1)]
    [InlineData("kat", "", 3)]
    [InlineData("ca", "abc", 3)]
    [InlineData("schreeuwen", "slaan", 8)]
    public void Counts_insertions_deletions_substitutions_and_swaps_of_neighbours(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }

    [Theory]
    [InlineData("gevallen", "afgevallen", false)]
    [InlineData("komen", "opkomen", false)]
    [InlineData("afgevalen", "afgevallen", true)]
    [InlineData("bgevallen", "gevallen", true)]
    [InlineData("buurvrouuw", "buurvrouw", true)]
    public void A_word_with_a_whole_beginning_more_is_another_word_not_a_typo(string typed, string expected, bool close)
    {
        Assert.Equal(close, EditDistance.Close(typed, expected));
    }

    [Theory]
    [InlineData("avnod", "avond", true)]
    [InlineData("nihgt", "night", true)]
    [InlineData("bueren", "buren", true)]
    [InlineData("buuren", "buren", true)]
    [InlineData("vaker", "vader", false)]
    [InlineData("slaapt", "slaat", false)]
    [InlineData("vond", "avond", false)]
    [InlineData("vaond", "avond", false)]
    [InlineData("avodn", "avond", true)]
    [InlineData("nachte", "nacht", true)]
    [InlineData("buurvruow", "buurvrouw", false)]
    public void A_short_word_may_be_typed_with_two_letters_swapped_or_a_vowel_too_many(string typed, string wanted, bool slip)
    {
        Assert.Equal(slip, EditDistance.SlipOfAShortWord(typed, wanted));
    }

    [Fact]
    public void Close_agrees_with_the_full_distance_on_many_random_pairs()
    {
        var random = new Random(13);
        for (var n = 0; n < 20_000; n++)
        {
            var expected = Word(random, random.Next(0, 14));
            var typed = random.Next(3) == 0 ? Word(random, random.Next(0, 14)) : Typo(random, expected);

            Assert.Equal(
                typed == expected || (!EditDistance.DifferOnlyByABeginning(typed, expected) && FullTable(typed, expected) <= EditDistance.Tolerance(expected.Length)),
                EditDistance.Close(typed, expected));
            Assert.Equal(FullTable(typed, expected), EditDistance.Between(typed, expected));
        }
    }

    private static string Word(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => "abcde"[random.Next(5)]).ToArray());

    private static string Typo(Random random, string word)
    {
        var letters = word.ToList();
        for (var edits = random.Next(0, 4); edits > 0; edits--)
        {
            var at = random.Next(letters.Count + 1);
            switch (random.Next(4))
            {
                case 0: letters.Insert(at, 'x'); break;
                case 1 when at < letters.Count: letters.RemoveAt(at); break;
                case 2 when at < letters.Count: letters[at] = 'y'; break;
                case 3 when at + 1 < letters.Count: (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]); break;
            }
        }

        return new string([.. letters]);
    }

    /// <summary>The textbook table of optimal string alignment, to check the faster version against.</summary>
    private static int FullTable(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
