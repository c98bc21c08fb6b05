using Microsoft.Extensions.Options;
using PlanWorkflows.Activities.Calendar;

namespace PlanWorkflows.Activities.Tests.Calendar;

internal static class CalendarFixture
{
    public static IWorkingDayCalendar Default() => new WorkingDayCalendar(Options.Create(new WorkingDayCalendarOptions()));

    public static DateOnly Date(int year, int month, int day) => new(year, month, day);
}
