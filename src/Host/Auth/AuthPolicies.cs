namespace PlanWorkflows.Host.Auth;

/// <summary>Authorization policies of the Elsa-compatible API and the Studio pages.</summary>
internal static class AuthPolicies
{
    public const string ElsaApiRead = "ElsaApi.Read";

    public const string ElsaApiWrite = "ElsaApi.Write";
}
