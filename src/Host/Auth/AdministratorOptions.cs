namespace PlanWorkflows.Host.Auth;

/// <summary>Configuration section <c>Admin</c>: the one administrator until user accounts exist.</summary>
internal sealed class AdministratorOptions
{
    public const string SectionName = "Admin";

    public string UserName { get; set; } = "admin";

    /// <summary>When empty, a password is generated on first start and only its hash is kept (see <see cref="AdministratorPasswordFile"/>).</summary>
    public string? Password { get; set; }
}
