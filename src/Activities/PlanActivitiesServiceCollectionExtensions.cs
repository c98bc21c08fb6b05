using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanWorkflows.Activities.Calendar;
using PlanWorkflows.Activities.Escalations;
using PlanWorkflows.Activities.Organization;
using PlanWorkflows.Activities.Reports;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Engine.Management;

namespace PlanWorkflows.Activities;

/// <summary>Registers the plan activities and what they run on.</summary>
public static class PlanActivitiesServiceCollectionExtensions
{
    /// <summary>
    /// Adds AssignTask, CollectSignOffs, AwaitReport and Escalate to the activity registry, with the organization
    /// directory, the working-day calendar (section <c>Calendar</c>), the report deadlines (section <c>Reports</c>)
    /// and the escalation notifier (a log line unless another <see cref="IEscalationNotifier"/> is registered first).
    /// </summary>
    public static IServiceCollection AddPlanActivities(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddActivities(typeof(ActivitiesAssembly).Assembly);
        services.AddWorkingDayCalendar(configuration);
        services.AddSingleton(ReportDeadlineOptions.Read(configuration));
        services.TryAddSingleton<IOrganizationDirectory>(_ => OrganizationDirectoryFile.LoadKonRay2024());
        services.TryAddSingleton<IEscalationNotifier, LoggingEscalationNotifier>();
        services.AddSingleton<UnitFanOut>();
        return services;
    }
}
