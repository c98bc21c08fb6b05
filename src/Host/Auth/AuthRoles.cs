namespace PlanWorkflows.Host.Auth;

/// <summary>Role claims. User accounts (a later issue) carry the same roles as API keys and the administrator.</summary>
internal static class AuthRoles
{
    /// <summary>May read and edit everything, including workflow definitions in Studio.</summary>
    public const string Admin = "Admin";

    /// <summary>May read; Studio shows definitions read-only.</summary>
    public const string Reader = "Reader";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Admin, Reader };
}
