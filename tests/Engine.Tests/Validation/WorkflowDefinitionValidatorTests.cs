using PlanWorkflows.Engine.Definitions;
using PlanWorkflows.Engine.Descriptors;
using PlanWorkflows.Engine.Tests.Descriptors;
using PlanWorkflows.Engine.Tests.TestSupport;
using PlanWorkflows.Engine.Validation;

namespace PlanWorkflows.Engine.Tests.Validation;

public sealed class WorkflowDefinitionValidatorTests
{
    private static readonly ActivityRegistry Registry = ActivityRegistry.CreateDefault().Register<TestApproval>();
    private readonly WorkflowDefinitionValidator _validator = new(Registry);

    public static TheoryData<string> Files => TestSupport.Definitions.AllFiles();

    [Theory]
    [MemberData(nameof(Files))]
    public void Validate_SampleOrSharedFixture_HasNoErrors(string path)
    {
        var errors = _validator.ValidateJson(File.ReadAllText(path), new SequentialIdentityGenerator());

        errors.Should().BeEmpty();
    }

    [Fact]
    public void Validate_DuplicateActivityIds_NamesTheActivityAndId()
    {
        var errors = Validate([WriteLine("A"), WriteLine("A")], []);

        errors.Should().ContainSingle().Which.Message.Should().Be(
            "Activity 'A' (Elsa.WriteLine), id: the id is used by more than one activity in flowchart 'Flowchart1'.");
    }

    [Fact]
    public void Validate_ConnectionToMissingActivity_NamesTheFlowchartAndTheMissingId()
    {
        var errors = Validate([WriteLine("A")], [Connect("A", "Done", "Ghost")]);

        errors.Should().ContainSingle().Which.Should().Match<DefinitionError>(error =>
            error.ActivityId == "Flowchart1" && error.Property == "connections"
            && error.Message.Contains("target activity 'Ghost', which does not exist"));
    }

    [Fact]
    public void Validate_ConnectionFromMissingPort_NamesTheSourceActivityAndPort()
    {
        var errors = Validate([Activity("D", "Elsa.FlowDecision"), WriteLine("B")], [Connect("D", "Maybe", "B")]);

        errors.Should().ContainSingle().Which.Message.Should().Be(
            "Activity 'D' (Elsa.FlowDecision), port 'Maybe': the connection to 'B' leaves from a port the activity does not have.");
    }

    [Fact]
    public void Validate_ConnectionIntoPortOtherThanIn_NamesTheTargetActivityAndPort()
    {
        var errors = Validate([WriteLine("A"), WriteLine("B")], [Connect("A", "Done", "B", "Side")]);

        errors.Should().ContainSingle().Which.Message.Should().Be(
            "Activity 'B' (Elsa.WriteLine), port 'Side': the connection from 'A' must enter port 'In'.");
    }

    [Fact]
    public void Validate_ForkPortNotAmongItsBranches_IsAnError()
    {
        var fork = """{"id":"F","type":"Elsa.FlowFork","branches":{"typeName":"Object","expression":{"type":"Object","value":"[\"A\",\"B\"]"}}}""";

        var errors = Validate([fork, WriteLine("W")], [Connect("F", "A", "W"), Connect("F", "C", "W")]);

        errors.Should().ContainSingle().Which.Property.Should().Be("port 'C'");
    }

    [Fact]
    public void Validate_LoopWithoutDecisionJoinOrWait_NamesTheLoopMembers()
    {
        var errors = Validate([WriteLine("A"), WriteLine("B")], [Connect("A", "Done", "B"), Connect("B", "Done", "A")]);

        errors.Should().ContainSingle().Which.Message.Should().Be(
            "Activity 'A' (Elsa.WriteLine), connections: it is in a loop (A, B) that no activity can stop or leave: add a decision, a join or a waiting activity.");
    }

    [Fact]
    public void Validate_SelfLoop_IsAnEndlessLoop()
    {
        var errors = Validate([WriteLine("A")], [Connect("A", "Done", "A")]);

        errors.Should().ContainSingle().Which.Message.Should().Contain("loop (A)");
    }

    [Theory]
    [InlineData("Elsa.Delay")]
    [InlineData("Elsa.Event")]
    [InlineData("Elsa.FlowDecision")]
    [InlineData("Elsa.FlowJoin")]
    [InlineData("Gov.Approval")]
    public void Validate_LoopThroughActivityThatCanStopIt_IsValid(string breakerType)
    {
        var port = Registry.Find(breakerType)!.FlowPortNames.First();

        var errors = Validate([WriteLine("A"), Activity("X", breakerType)], [Connect("A", "Done", "X"), Connect("X", port, "A")]);

        errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Delay1", "Elsa.Delay", "timeSpan", "TimeSpan", "abc")]
    [InlineData("Approval1", "Gov.Approval", "dueDays", "Int32", "abc")]
    [InlineData("Join1", "Elsa.FlowJoin", "mode", "FlowJoinMode", "Sometimes")]
    [InlineData("Decision1", "Elsa.FlowDecision", "condition", "Boolean", "yes")]
    [InlineData("StartAt1", "Elsa.StartAt", "dateTime", "DateTimeOffset", "tomorrow")]
    public void Validate_LiteralThatCannotConvert_NamesActivityInputAndType(string id, string type, string input, string typeName, string literal)
    {
        var activity = $$$"""{"id":"{{{id}}}","type":"{{{type}}}","{{{input}}}":{"typeName":"{{{typeName}}}","expression":{"type":"Literal","value":"{{{literal}}}"} } }""";

        var errors = Validate([activity], []);

        var inputName = char.ToUpperInvariant(input[0]) + input[1..];
        errors.Should().ContainSingle().Which.Message.Should().Be(
            $"Activity '{id}' ({type}), input '{inputName}': the Literal value \"{literal}\" cannot convert to {typeName}.");
    }

    [Theory]
    [InlineData("timeSpan", "\"00:00:05\"")]
    [InlineData("timeSpan", "\"PT5S\"")]
    [InlineData("timeSpan", "\"\"")]
    public void Validate_LiteralThatConverts_IsValid(string input, string literal)
    {
        var activity = $$"""{"id":"D","type":"Elsa.Delay","{{input}}":{{literal}}}""";

        Validate([activity], []).Should().BeEmpty();
    }

    [Fact]
    public void Validate_SeveralProblems_ReturnsEveryError()
    {
        var delay = """{"id":"D","type":"Elsa.Delay","timeSpan":"abc"}""";

        var errors = Validate([delay, WriteLine("A"), WriteLine("A")], [Connect("A", "Done", "Ghost"), Connect("D", "Nope", "A")]);

        errors.Select(error => error.Property).Should().BeEquivalentTo("input 'TimeSpan'", "id", "connections", "port 'Nope'");
    }

    [Fact]
    public void Validate_ErrorInNestedFlowchart_IsFound()
    {
        var inner = $$"""{"id":"Inner","type":"Elsa.Flowchart","activities":[{{WriteLine("X")}},{{WriteLine("X")}}]}""";

        var errors = Validate([inner], []);

        errors.Should().ContainSingle().Which.ActivityId.Should().Be("X");
    }

    [Fact]
    public void ValidateJson_MalformedJson_GivesLineAndPosition()
    {
        var errors = _validator.ValidateJson("{\n  \"id\": \"x\"\n  \"root\": {}\n}", new SequentialIdentityGenerator());

        errors.Should().ContainSingle().Which.Message.Should().StartWith("Malformed JSON at line 3, position 3:");
    }

    [Fact]
    public void EnsureValid_InvalidDefinition_ThrowsWithAllErrors()
    {
        var definition = Read([WriteLine("A"), WriteLine("A")], [Connect("A", "Done", "Ghost")]);

        var ensure = () => _validator.EnsureValid(definition);

        ensure.Should().Throw<DefinitionValidationException>().Which.Errors.Should().HaveCount(2);
    }

    private IReadOnlyList<DefinitionError> Validate(string[] activities, string[] connections) =>
        _validator.Validate(Read(activities, connections));

    private static WorkflowDefinition Read(string[] activities, string[] connections)
    {
        var json = $$"""
            {"id":"v1","definitionId":"d1","root":{"id":"Flowchart1","type":"Elsa.Flowchart",
             "activities":[{{string.Join(",", activities)}}],"connections":[{{string.Join(",", connections)}}]} }
            """;
        return new Engine.Serialization.WorkflowDefinitionSerializer(Registry, new SequentialIdentityGenerator()).Read(json).Definition;
    }

    private static string WriteLine(string id) => Activity(id, "Elsa.WriteLine");

    private static string Activity(string id, string type) => $$$"""{"id":"{{{id}}}","type":"{{{type}}}"}""";

    private static string Connect(string source, string port, string target, string targetPort = "In") =>
        $$$"""{"source":{"activity":"{{{source}}}","port":"{{{port}}}"},"target":{"activity":"{{{target}}}","port":"{{{targetPort}}}"}}""";
}
