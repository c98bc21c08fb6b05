using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanWorkflows.Activities.Calendar;
using PlanWorkflows.Activities.Escalations;
using PlanWorkflows.Activities.Organization;
using PlanWorkflows.Activities.Organization.Persistence;
using PlanWorkflows.Activities.Reports;
using PlanWorkflows.Activities.Steps;
using PlanWorkflows.Engine.Management;
using PlanWorkflows.Engine.Persistence.Model;

namespace PlanWorkflows.Activities;

/// <summary>Registers the plan activities and what they run on.</summary>
public static class PlanActivitiesServiceCollectionExtensions
{
    /// <summary>
    /// Adds AssignTask, CollectSignOffs, AwaitReport and Escalate to the activity registry; their entities (work
    /// items, escalations, directory, stored plans) to the engine database, migrated with this assembly's combined
    /// migrations; the organization directory kept in that database (<see cref="IOrganizationDirectory"/>,
    /// <see cref="IOrganizationChanges"/>, <see cref="IUnitMemberships"/>); the working-day calendar (section
    /// <c>Calendar</c>); the report deadlines (section <c>Reports</c>); and the escalation notifier (a log line unless
    /// another <see cref="IEscalationNotifier"/> is registered first).
    /// </summary>
    public static IServiceCollection AddPlanActivities(this IServiceCollection services, IConfiguration configuration)
    {
        var assembly = typeof(ActivitiesAssembly).Assembly;
        services.AddActivities(assembly);
        services.AddEngineEntities(assembly);
        services.UseEngineMigrationsAssembly(assembly);
        services.AddWorkingDayCalendar(configuration);
        services.AddSingleton(ReportDeadlineOptions.Read(configuration));
        services.AddSingleton<DatabaseOrganizationDirectory>();
        services.TryAddSingleton<IOrganizationDirectory>(provider => provider.GetRequiredService<DatabaseOrganizationDirectory>());
        services.AddSingleton<OrganizationDirectorySeeder>();
        services.AddSingleton<IOrganizationChanges, OrganizationChanges>();
        services.AddSingleton<IUnitMemberships, UnitMemberships>();
        services.TryAddSingleton<IEscalationNotifier, LoggingEscalationNotifier>();
        services.AddSingleton<UnitFanOut>();
        return services;
    }
}
