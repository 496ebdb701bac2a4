using TakeABreak.Signalering.Consultations.Calendar;

namespace TakeABreak.Signalering.Tests.Consultations;

public sealed class WorkingHoursTests
{
    private static readonly WorkingHours NineToFive = WorkingHours.Default;

    private static DateTimeOffset Dutch(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, WorkingHours.DutchTime.GetUtcOffset(local));
    }

    [Fact]
    public void Four_working_hours_within_one_day_stay_on_that_day()
    {
        Assert.Equal(Dutch(2026, 11, 30, 13), NineToFive.Add(Dutch(2026, 11, 30, 9), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void Four_working_hours_from_Friday_afternoon_end_on_Monday_morning()
    {
        Assert.Equal(Dutch(2026, 12, 7, 12), NineToFive.Add(Dutch(2026, 12, 4, 16), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void A_request_on_Saturday_night_counts_from_Monday_nine_oclock()
    {
        Assert.Equal(Dutch(2026, 12, 7, 13), NineToFive.Add(Dutch(2026, 12, 5, 23), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void Easter_Monday_and_the_weekend_before_are_skipped()
    {
        // Thursday 2 April 2026 16:00; Good Friday is a working day; Easter Monday 6 April is not.
        Assert.Equal(Dutch(2026, 4, 3, 12), NineToFive.Add(Dutch(2026, 4, 2, 16), TimeSpan.FromHours(4)));
        Assert.Equal(Dutch(2026, 4, 7, 12), NineToFive.Add(Dutch(2026, 4, 3, 16), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void Christmas_and_Boxing_Day_are_skipped()
    {
        // Thursday 24 December 2026 15:00 → 2 hours on the 24th, then Friday 25 and Saturday 26 are off, then Monday 28.
        Assert.Equal(Dutch(2026, 12, 28, 11), NineToFive.Add(Dutch(2026, 12, 24, 15), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void Hours_are_Dutch_time_across_the_change_to_summer_time()
    {
        // Friday 27 March 2026 16:00 CET (15:00 UTC) → Monday 30 March 12:00 CEST (10:00 UTC).
        var due = NineToFive.Add(new DateTimeOffset(2026, 3, 27, 15, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(4));

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 10, 0, 0, TimeSpan.Zero), due);
    }
}
