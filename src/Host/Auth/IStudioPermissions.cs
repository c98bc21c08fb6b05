using System.Security.Claims;

namespace PlanWorkflows.Host.Auth;

/// <summary>
/// What the caller may do in Studio. The Elsa API emits the HATEOAS links that unlock Studio's editing
/// (<c>publish</c> on a definition, <c>bulk-publish</c> on the list, <c>delete</c>) only when this allows it,
/// so a read-only caller sees Studio's read-only banner.
/// </summary>
internal interface IStudioPermissions
{
    /// <summary>True when the caller passes <see cref="AuthPolicies.ElsaApiWrite"/>: save, publish, retract, delete.</summary>
    Task<bool> MayEditWorkflowsAsync(ClaimsPrincipal caller);
}
