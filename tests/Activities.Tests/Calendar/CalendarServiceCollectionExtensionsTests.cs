using Microsoft.Extensions.DependencyInjection;
using PlanWorkflows.Activities.Calendar;
using static PlanWorkflows.Activities.Tests.Calendar.CalendarFixture;

namespace PlanWorkflows.Activities.Tests.Calendar;

public sealed class CalendarServiceCollectionExtensionsTests
{
    [Fact]
    public void AddWorkingDayCalendar_ConfiguredDays_OverrideTheTable()
    {
        var calendar = Resolve(
            ("Calendar:ExtraDaysOff:0:Date", "2026-08-31"),
            ("Calendar:ExtraDaysOff:0:Name", "Quốc khánh (nghỉ hoán đổi)"),
            ("Calendar:ExtraDaysOff:1", "2026-11-24"),
            ("Calendar:WorkingDays:0", "2026-08-22"),
            ("Calendar:WorkingDays:1:Date", "2025-01-31"));

        calendar.DescribeDay(Date(2026, 8, 31)).Should()
            .Be(new CalendarDay(Date(2026, 8, 31), DayKind.PublicHoliday, "Quốc khánh (nghỉ hoán đổi)"));
        calendar.DescribeDay(Date(2026, 11, 24)).Should()
            .Be(new CalendarDay(Date(2026, 11, 24), DayKind.PublicHoliday, "Ngày nghỉ theo cấu hình"));
        calendar.DescribeDay(Date(2026, 8, 22)).Kind.Should().Be(DayKind.MakeUpWorkingDay);
        calendar.DescribeDay(Date(2025, 1, 31)).Kind.Should().Be(DayKind.WorkingDay);
    }

    [Fact]
    public void AddWorkingDayCalendar_ConfiguredDayOff_IsSkippedByAddWorkingDays()
    {
        var calendar = Resolve(("Calendar:ExtraDaysOff:0", "2026-03-09"));

        calendar.AddWorkingDays(Date(2026, 3, 6), 1).Should().Be(Date(2026, 3, 10));
    }

    [Fact]
    public void AddWorkingDayCalendar_NoCalendarSection_UsesTheTable() =>
        Resolve().IsWorkingDay(Date(2025, 1, 29)).Should().BeFalse();

    [Theory]
    [InlineData("31/08/2026")]
    [InlineData("")]
    public void AddWorkingDayCalendar_DateNotIso_ThrowsNamingTheKey(string date)
    {
        var resolve = () => Resolve(("Calendar:WorkingDays:0", date));

        resolve.Should().Throw<CalendarConfigurationException>().WithMessage("*Calendar:WorkingDays:0*");
    }

    [Fact]
    public void AddWorkingDayCalendar_DateBothOffAndWorked_Throws()
    {
        var resolve = () => Resolve(("Calendar:ExtraDaysOff:0", "2026-08-31"), ("Calendar:WorkingDays:0", "2026-08-31"));

        resolve.Should().Throw<CalendarConfigurationException>().WithMessage("2026-08-31*");
    }

    private static IWorkingDayCalendar Resolve(params (string Key, string? Value)[] settings)
    {
        using var services = new ServiceCollection()
            .AddWorkingDayCalendar(DictionaryConfiguration.From(settings))
            .BuildServiceProvider();
        return services.GetRequiredService<IWorkingDayCalendar>();
    }
}
