using System.Text.Json;
using PlanWorkflows.Workflows.Plans.Json;

namespace PlanWorkflows.Workflows.Tests.Plans.Json;

public sealed class PlanJsonTests
{
    private static readonly string SampleJson =
        PlanJson.Serialize(PlanText.Import(File.ReadAllBytes(SharedPlans.PathOf(SharedPlans.Sample + ".txt")), "sample.txt").Plan!);

    [Fact]
    public void Serialize_Plan_UsesTheContractNames()
    {
        using var json = JsonDocument.Parse(SampleJson);
        var root = json.RootElement;

        root.EnumerateObject().Select(property => property.Name).Should().Equal(
            "document", "references", "sections", "tasks", "reporting", "recipients", "footnotes", "diagnostics");
        root.GetProperty("document").EnumerateObject().Select(property => property.Name).Should().Contain(
            ["kind", "number", "date", "issuer", "title", "signer"]);
        root.GetProperty("tasks")[0].EnumerateObject().Select(property => property.Name).Should().Contain(
            ["id", "section", "text", "lead", "coordinating", "guidedBy", "deadline", "cadence", "source"]);
        root.GetProperty("tasks")[0].GetProperty("lead")[0].EnumerateObject().Select(property => property.Name).Should().Contain(
            ["text", "unitId", "group"]);
        root.GetProperty("diagnostics")[0].EnumerateObject().Select(property => property.Name).Should().Equal(
            "severity", "code", "message", "line");
    }

    [Fact]
    public void Serialize_Plan_WritesAbsentValuesAsNullAndDatesAsIsoDays()
    {
        using var json = JsonDocument.Parse(SampleJson);

        json.RootElement.GetProperty("document").GetProperty("number").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("tasks")[0].GetProperty("deadline").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("references")[0].GetProperty("date").GetString().Should().Be("2024-04-23");
        json.RootElement.GetProperty("diagnostics")[0].GetProperty("severity").GetString().Should().Be("info");
    }

    [Fact]
    public void Deserialize_SerializedPlan_RoundTrips() =>
        PlanJson.Serialize(PlanJson.Deserialize(SampleJson)).Should().Be(SampleJson);
}
