using PlanWorkflows.Engine.Identity;

namespace PlanWorkflows.Activities.Tests.Support;

internal sealed class SequentialIdentityGenerator : IIdentityGenerator
{
    private int _next;

    public string NewId() => $"{Interlocked.Increment(ref _next):x16}";
}
