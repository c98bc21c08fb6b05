using Microsoft.AspNetCore.Identity;

namespace PlanWorkflows.Host.Auth;

/// <summary>
/// The generated administrator password's hash (ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>), in a
/// file next to the database: the folder of <c>ConnectionStrings:Default</c>'s Data Source.
/// </summary>
internal sealed class AdministratorPasswordFile(string path)
{
    public const string FileName = "administrator-password.hash";

    private static readonly PasswordHasher<AdministratorPasswordFile> Hasher = new();

    public string Path { get; } = path;

    public bool Exists => File.Exists(Path);

    public static AdministratorPasswordFile InDataFolder(string? connectionString, string contentRootPath) =>
        new(System.IO.Path.Combine(Hosting.DataFolder.Resolve(connectionString, contentRootPath), FileName));

    /// <summary>Writes the hash; fails if the file exists, so a password is never silently replaced.</summary>
    public void Create(string password)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(Path, options);
        writer.Write(Hasher.HashPassword(this, password));
    }

    public bool Verify(string password) =>
        Exists && Hasher.VerifyHashedPassword(this, File.ReadAllText(Path).Trim(), password) != PasswordVerificationResult.Failed;
}
