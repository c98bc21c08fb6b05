using System.Text.Json;

namespace PlanWorkflows.Activities.Organization;

/// <summary>Loads a directory from its JSON file form (<c>{"units": [...], "groups": [...]}</c>).</summary>
public static class OrganizationDirectoryFile
{
    private const string KonRay2024Resource = "PlanWorkflows.Activities.Organization.Data.kon-ray-2024.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The sample directory: huyện Kon Rẫy, tỉnh Kon Tum, as of 2024 (embedded resource).</summary>
    public static InMemoryOrganizationDirectory LoadKonRay2024()
    {
        using var stream = typeof(OrganizationDirectoryFile).Assembly.GetManifestResourceStream(KonRay2024Resource)
            ?? throw new InvalidOperationException($"Embedded directory {KonRay2024Resource} is missing.");
        return Load(stream);
    }

    /// <summary>Reads a directory from JSON.</summary>
    /// <exception cref="JsonException">The JSON is not a directory.</exception>
    public static InMemoryOrganizationDirectory Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<DirectoryDocument>(json, Options)
            ?? throw new JsonException("The directory file is empty.");
        return new InMemoryOrganizationDirectory(file.Units, file.Groups);
    }

    private sealed record DirectoryDocument(IReadOnlyList<OrganizationUnit> Units, IReadOnlyList<UnitGroup> Groups);
}
