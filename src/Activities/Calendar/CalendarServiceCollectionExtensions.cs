using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PlanWorkflows.Activities.Calendar;

/// <summary>Registers the working-day calendar.</summary>
public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IWorkingDayCalendar"/> as a singleton and <see cref="WorkingDayCalendarOptions"/> read
    /// from the configuration section <c>Calendar</c>.
    /// </summary>
    /// <exception cref="CalendarConfigurationException">When the calendar is first resolved, if the section holds a
    /// date that is not yyyy-MM-dd or a date configured twice.</exception>
    public static IServiceCollection AddWorkingDayCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => Options.Create(CalendarOptionsReader.Read(configuration)));
        services.AddSingleton<IWorkingDayCalendar, WorkingDayCalendar>();
        return services;
    }
}
