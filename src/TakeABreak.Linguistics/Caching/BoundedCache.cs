using System.Collections.Concurrent;

namespace TakeABreak.Linguistics.Caching;

/// <summary>
/// A thread-safe cache that stops taking entries at a fixed number, so a flood of unique words cannot grow memory
/// without limit. It counts what it took itself: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every one
/// of the dictionary's locks, which made each miss of a full or busy cache cost tens of microseconds and made
/// concurrent turns queue on those locks.
/// </summary>
public sealed class BoundedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries;
    private int _count;

    public BoundedCache(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        _entries = new ConcurrentDictionary<TKey, TValue>(comparer);
    }

    public int Capacity { get; }

    /// <summary>How many entries the cache took (read without taking any lock).</summary>
    public int Count => Volatile.Read(ref _count);

    public bool TryGetValue(TKey key, out TValue value) => _entries.TryGetValue(key, out value!);

    /// <summary>Keeps the entry if there is room; an entry already kept for the key stays.</summary>
    public void TryAdd(TKey key, TValue value)
    {
        if (Count < Capacity && _entries.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }
    }

    /// <summary>The kept value for <paramref name="key"/>, or a new one made by <paramref name="create"/> (kept if there is room).</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (_entries.TryGetValue(key, out var known))
        {
            return known;
        }

        var made = create(key);
        TryAdd(key, made);
        return made;
    }

    /// <summary>Forgets every entry, so the cache takes new ones again.</summary>
    public void Clear()
    {
        _entries.Clear();
        Volatile.Write(ref _count, 0);
    }

    /// <summary>Looks entries up by another form of the key (a span of a string key) without making the key first.</summary>
    public Alternate<TAlternateKey> ByAlternateKey<TAlternateKey>()
        where TAlternateKey : notnull, allows ref struct =>
        new(this, _entries.GetAlternateLookup<TAlternateKey>());

    public readonly struct Alternate<TAlternateKey>
        where TAlternateKey : notnull, allows ref struct
    {
        private readonly BoundedCache<TKey, TValue> _cache;
        private readonly ConcurrentDictionary<TKey, TValue>.AlternateLookup<TAlternateKey> _lookup;

        internal Alternate(BoundedCache<TKey, TValue> cache, ConcurrentDictionary<TKey, TValue>.AlternateLookup<TAlternateKey> lookup)
        {
            _cache = cache;
            _lookup = lookup;
        }

        public bool TryGetValue(TAlternateKey key, out TValue value) => _lookup.TryGetValue(key, out value!);

        public void TryAdd(TAlternateKey key, TValue value)
        {
            if (_cache.Count < _cache.Capacity && _lookup.TryAdd(key, value))
            {
                Interlocked.Increment(ref _cache._count);
            }
        }
    }
}
