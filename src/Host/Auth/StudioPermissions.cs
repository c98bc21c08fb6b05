using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace PlanWorkflows.Host.Auth;

/// <summary>Answers from the same policy that guards the write endpoints, so links and 403s never disagree.</summary>
internal sealed class StudioPermissions(IAuthorizationService authorization) : IStudioPermissions
{
    public async Task<bool> MayEditWorkflowsAsync(ClaimsPrincipal caller) =>
        (await authorization.AuthorizeAsync(caller, AuthPolicies.ElsaApiWrite)).Succeeded;
}
