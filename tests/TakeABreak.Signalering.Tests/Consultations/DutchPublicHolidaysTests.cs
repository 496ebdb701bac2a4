using TakeABreak.Signalering.Consultations.Calendar;

namespace TakeABreak.Signalering.Tests.Consultations;

public sealed class DutchPublicHolidaysTests
{
    [Theory]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_Sunday_is_computed_for_any_year(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DutchPublicHolidays.EasterSunday(year));
    }

    [Fact]
    public void The_holidays_of_2026_follow_from_Easter_and_the_fixed_dates()
    {
        var expected = new[]
        {
            new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 5), new DateOnly(2026, 4, 6), new DateOnly(2026, 4, 27),
            new DateOnly(2026, 5, 5), new DateOnly(2026, 5, 14), new DateOnly(2026, 5, 24), new DateOnly(2026, 5, 25),
            new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 26),
        };

        Assert.Equal(expected.Order(), DutchPublicHolidays.For(2026).Order());
    }

    [Fact]
    public void Kings_Day_moves_to_Saturday_when_27_April_is_a_Sunday()
    {
        Assert.True(DutchPublicHolidays.IsHoliday(new DateOnly(2025, 4, 26)));
        Assert.False(DutchPublicHolidays.IsHoliday(new DateOnly(2025, 4, 27)));
    }

    [Fact]
    public void Good_Friday_is_a_working_day()
    {
        Assert.False(DutchPublicHolidays.IsHoliday(new DateOnly(2026, 4, 3)));
    }
}
