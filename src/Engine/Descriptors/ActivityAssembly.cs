using System.Reflection;

namespace PlanWorkflows.Engine.Descriptors;

/// <summary>An assembly whose activities join the registry (see <see cref="Management.ManagementServiceCollectionExtensions.AddActivities"/>).</summary>
internal sealed record ActivityAssembly(Assembly Assembly);
