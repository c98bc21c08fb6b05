using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Identity;
using PlanWorkflows.Engine.Runtime.Expressions;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>The services every burst uses.</summary>
internal sealed record RunDependencies(
    ActivityBinder Binder,
    ExpressionEvaluatorRegistry Expressions,
    TimeProvider TimeProvider,
    IIdentityGenerator Identities,
    IServiceProvider Services);
