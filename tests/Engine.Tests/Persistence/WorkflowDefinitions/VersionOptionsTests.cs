using System.Text.Json;
using PlanWorkflows.Engine.Persistence.WorkflowDefinitions;

namespace PlanWorkflows.Engine.Tests.Persistence.WorkflowDefinitions;

public sealed class VersionOptionsTests
{
    public static TheoryData<string, VersionSelection> NamedOptions => new()
    {
        { "Latest", VersionSelection.Latest },
        { "Published", VersionSelection.Published },
        { "LatestOrPublished", VersionSelection.LatestOrPublished },
        { "LatestAndPublished", VersionSelection.LatestAndPublished },
        { "Draft", VersionSelection.Draft },
        { "AllVersions", VersionSelection.AllVersions },
    };

    [Theory]
    [MemberData(nameof(NamedOptions))]
    public void Parse_ElsaName_SelectsThatSelectionAndPrintsBack(string text, VersionSelection selection)
    {
        var options = VersionOptions.Parse(text);

        options.Selection.Should().Be(selection);
        options.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("42", 42)]
    [InlineData(" 7 ", 7)]
    public void Parse_PositiveNumber_SelectsThatVersion(string text, int version)
    {
        var options = VersionOptions.Parse(text);

        options.Should().Be(VersionOptions.SpecificVersion(version));
        options.Version.Should().Be(version);
        options.ToString().Should().Be(version.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_NoText_SelectsEveryVersion(string? text)
    {
        VersionOptions.Parse(text).Should().Be(VersionOptions.AllVersions);
    }

    [Fact]
    public void Default_SelectsEveryVersion()
    {
        default(VersionOptions).Should().Be(VersionOptions.AllVersions);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("SpecificVersion")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1.5")]
    [InlineData("Newest")]
    public void Parse_UnknownText_FailsWithFormatException(string text)
    {
        VersionOptions.TryParse(text, out _).Should().BeFalse();
        var parse = () => VersionOptions.Parse(text);
        parse.Should().Throw<FormatException>().WithMessage($"*'{text}'*Latest*");
    }

    [Fact]
    public void SpecificVersion_NotPositive_Fails()
    {
        var create = () => VersionOptions.SpecificVersion(0);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("\"LatestOrPublished\"", "LatestOrPublished")]
    [InlineData("\"3\"", "3")]
    [InlineData("3", "3")]
    public void Json_ElsaString_RoundTripsAsString(string json, string expected)
    {
        var options = JsonSerializer.Deserialize<VersionOptions>(json);

        JsonSerializer.Serialize(options).Should().Be($"\"{expected}\"");
    }

    [Theory]
    [InlineData("\"Newest\"")]
    [InlineData("0")]
    [InlineData("true")]
    public void Json_InvalidValue_FailsWithJsonException(string json)
    {
        var read = () => JsonSerializer.Deserialize<VersionOptions>(json);

        read.Should().Throw<JsonException>();
    }
}
