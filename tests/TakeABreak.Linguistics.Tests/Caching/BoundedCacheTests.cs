using TakeABreak.Linguistics.Caching;

namespace TakeABreak.Linguistics.Tests.Caching;

public sealed class BoundedCacheTests
{
    [Fact]
    public void It_stops_taking_entries_at_its_capacity_and_still_answers_what_it_makes()
    {
        var cache = new BoundedCache<string, int>(2, StringComparer.Ordinal);

        Assert.Equal(1, cache.GetOrAdd("een", _ => 1));
        Assert.Equal(2, cache.GetOrAdd("twee", _ => 2));
        Assert.Equal(3, cache.GetOrAdd("drie", _ => 3));

        Assert.Equal(2, cache.Count);
        Assert.False(cache.TryGetValue("drie", out _));
        Assert.True(cache.TryGetValue("een", out var kept) && kept == 1);
    }

    [Fact]
    public void A_key_added_twice_counts_once()
    {
        var cache = new BoundedCache<string, int>(10, StringComparer.Ordinal);

        cache.TryAdd("een", 1);
        cache.TryAdd("een", 2);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGetValue("een", out var kept) && kept == 1);
    }

    [Fact]
    public void Clearing_makes_room_again()
    {
        var cache = new BoundedCache<string, int>(1, StringComparer.Ordinal);
        cache.TryAdd("een", 1);

        cache.Clear();
        cache.TryAdd("twee", 2);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGetValue("twee", out _));
    }

    [Fact]
    public void A_span_of_the_key_finds_and_adds_entries_within_the_capacity()
    {
        var cache = new BoundedCache<string, int>(1, StringComparer.Ordinal);
        var bySpan = cache.ByAlternateKey<ReadOnlySpan<char>>();

        bySpan.TryAdd("mes en schaar".AsSpan(0, 3), 7);
        bySpan.TryAdd("schaar".AsSpan(), 8);

        Assert.True(bySpan.TryGetValue("mes".AsSpan(), out var found) && found == 7);
        Assert.True(cache.TryGetValue("mes", out _));
        Assert.False(cache.TryGetValue("schaar", out _));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Many_threads_adding_at_once_never_take_more_than_the_capacity_by_more_than_one_each()
    {
        var cache = new BoundedCache<int, int>(1_000);

        Parallel.For(0, 8, thread =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                cache.TryAdd((thread * 10_000) + i, i);
            }
        });

        Assert.InRange(cache.Count, 1_000, 1_008);
    }
}
