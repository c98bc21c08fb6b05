using PlanWorkflows.Engine.Identity;

namespace PlanWorkflows.Engine.Tests.TestSupport;

internal sealed class SequentialIdentityGenerator : IIdentityGenerator
{
    private int _next;

    public string NewId() => $"{++_next:x16}";
}
