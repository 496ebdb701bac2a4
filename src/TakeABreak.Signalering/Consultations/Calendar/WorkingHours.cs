namespace TakeABreak.Signalering.Consultations.Calendar;

/// <summary>
/// Moviera's working hours: a daily window on weekdays in Dutch time, not on Dutch public holidays.
/// Counts time forward in working hours only ("4 working hours after Friday 16:00 is Monday 12:00").
/// </summary>
public sealed class WorkingHours
{
    public static readonly TimeZoneInfo DutchTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public WorkingHours(TimeOnly start, TimeOnly end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"Working hours must end after they start ({start}–{end}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    public static WorkingHours Default { get; } = new(new TimeOnly(9, 0), new TimeOnly(17, 0));

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !DutchPublicHolidays.IsHoliday(date);

    /// <summary>The moment that lies <paramref name="workingTime"/> of working hours after <paramref name="from"/>.</summary>
    public DateTimeOffset Add(DateTimeOffset from, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        var local = TimeZoneInfo.ConvertTime(from, DutchTime).DateTime;
        var remaining = workingTime;
        for (var guard = 0; guard < 3660; guard++)
        {
            var date = DateOnly.FromDateTime(local);
            var dayStart = date.ToDateTime(Start);
            var dayEnd = date.ToDateTime(End);
            if (!IsWorkingDay(date) || local >= dayEnd)
            {
                local = date.AddDays(1).ToDateTime(Start);
                continue;
            }

            if (local < dayStart)
            {
                local = dayStart;
            }

            var left = dayEnd - local;
            if (remaining <= left)
            {
                return ToUtc(local + remaining);
            }

            remaining -= left;
            local = date.AddDays(1).ToDateTime(Start);
        }

        throw new InvalidOperationException("No working hours found within ten years.");
    }

    private static DateTimeOffset ToUtc(DateTime dutchLocal)
    {
        var unspecified = DateTime.SpecifyKind(dutchLocal, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, DutchTime), TimeSpan.Zero);
    }
}
