namespace PlanWorkflows.Host.ElsaApi.Descriptors;

/// <summary>
/// The expression syntaxes the engine evaluates. Literal, Object, Variable and Input are set by Studio's own
/// editors (not browsable in the syntax picker); JavaScript is the one a user picks.
/// </summary>
internal static class ExpressionDescriptors
{
    private const string MonacoLanguage = "MonacoLanguage";

    public static IReadOnlyList<ExpressionDescriptor> All { get; } =
    [
        Hidden("Literal"),
        new("Object", "Object", IsSerializable: true, IsBrowsable: false, Monaco("json")),
        Hidden("Variable"),
        Hidden("Input"),
        new("JavaScript", "JavaScript", IsSerializable: true, IsBrowsable: true, Monaco("javascript")),
    ];

    private static ExpressionDescriptor Hidden(string type) =>
        new(type, type, IsSerializable: true, IsBrowsable: false, new Dictionary<string, string>());

    private static Dictionary<string, string> Monaco(string language) => new() { [MonacoLanguage] = language };
}
