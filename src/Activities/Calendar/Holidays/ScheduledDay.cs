namespace PlanWorkflows.Activities.Calendar.Holidays;

/// <summary>A date of a year's holiday schedule that is not an ordinary working day or weekend.</summary>
internal sealed record ScheduledDay(DateOnly Date, DayKind Kind, string Name)
{
    public static ScheduledDay Holiday(DateOnly date, string name) => new(date, DayKind.PublicHoliday, name);

    public static ScheduledDay Holiday(int year, int month, int day, string name) =>
        Holiday(new DateOnly(year, month, day), name);

    /// <summary>Consecutive days off from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public static IEnumerable<ScheduledDay> HolidayRange(DateOnly first, DateOnly last, string name)
    {
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            yield return Holiday(date, name);
        }
    }

    /// <summary>A weekday given off for <paramref name="occasion"/>, worked instead on a weekend day.</summary>
    public static IEnumerable<ScheduledDay> Swap(DateOnly dayOff, DateOnly workedInstead, string occasion) =>
    [
        new(dayOff, DayKind.BridgeDay, HolidayNames.Bridge(occasion)),
        new(workedInstead, DayKind.MakeUpWorkingDay, HolidayNames.MakeUp(occasion)),
    ];
}
