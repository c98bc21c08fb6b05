using System.Reflection;

namespace PlanWorkflows.Engine.Management;

/// <summary>An assembly whose activities join the registry (see <see cref="ManagementServiceCollectionExtensions.AddActivities"/>).</summary>
internal sealed record ActivityAssembly(Assembly Assembly);
