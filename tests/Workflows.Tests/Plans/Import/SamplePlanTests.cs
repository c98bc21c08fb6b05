using System.Text.Json;
using PlanWorkflows.Activities.Organization;
using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Tests.Plans.Import;

public sealed class SamplePlanTests
{
    private static readonly Lazy<Plan> Sample = new(() =>
        PlanText.Import(File.ReadAllBytes(SharedPlans.PathOf(SharedPlans.Sample + ".txt")), "sample.txt").Plan!);

    private static readonly JsonElement Expected =
        JsonDocument.Parse(File.ReadAllText(SharedPlans.PathOf(SharedPlans.Sample + ".expected.json"))).RootElement;

    public static TheoryData<string> ExpectedTaskIds()
    {
        var data = new TheoryData<string>();
        foreach (var task in Expected.GetProperty("tasks").EnumerateArray())
        {
            data.Add(task.GetProperty("id").GetString()!);
        }

        return data;
    }

    [Fact]
    public void Import_Sample_FindsExactlyTheExpectedTasksInOrder()
    {
        var expectedIds = Expected.GetProperty("tasks").EnumerateArray().Select(task => task.GetProperty("id").GetString());

        Sample.Value.Tasks.Select(task => task.Id).Should().Equal(expectedIds).And.HaveCount(23);
    }

    [Theory]
    [MemberData(nameof(ExpectedTaskIds))]
    public void Import_Sample_TaskMatchesExpectedRow(string id)
    {
        var expected = Expected.GetProperty("tasks").EnumerateArray().Single(task => task.GetProperty("id").GetString() == id);
        var task = Sample.Value.Task(id);

        task.Section.Should().Be(id.Split('-')[0]);
        task.Text.Should().StartWith(expected.GetProperty("text").GetString());
        AssertSameUnits(task.Lead, expected.GetProperty("lead"));
        AssertSameUnits(task.Coordinating, expected.GetProperty("coordinating"));
        AssertSameUnits(task.GuidedBy, expected.TryGetProperty("guidedBy", out var guides) ? guides : default);
        task.Deadline.Should().BeNull();
    }

    [Fact]
    public void Import_Sample_ExpandsGroupsThroughTheDirectory()
    {
        var lead = Sample.Value.Task("II.1-a").Lead;

        lead[0].Group.Should().Be("cac-phong-ban-nganh");
        lead[0].UnitIds.Should().HaveCount(13).And.Contain(["phong-ldtbxh", "phong-gddt", "thanh-tra-huyen"]);
        lead[1].Group.Should().Be("ubnd-cac-xa-thi-tran");
        lead[1].UnitIds.Should().BeEquivalentTo(
            ["tt-dak-rve", "xa-dak-ruong", "xa-dak-to-re", "xa-tan-lap", "xa-dak-koi", "xa-dak-pne", "xa-dak-to-lung"]);
    }

    [Fact]
    public void Import_Sample_FlagsUnspecificCoordinatorsAndKeepsTheirText()
    {
        var coordinator = Sample.Value.Task("II.3-a").Coordinating.Single();

        coordinator.Should().Match<UnitMention>(mention => mention.Resolution == MentionResolution.Unspecific && mention.UnitIds.Count == 0);
        coordinator.Text.Should().Be("các phòng, ban, ngành, đơn vị, địa phương");
        Sample.Value.Diagnostics.Should().Contain(diagnostic => diagnostic.Code == "unit.unspecific" && diagnostic.Line == 69);
    }

    [Fact]
    public void Import_Sample_MarksRequestsToBodiesOutsideTheCommand()
    {
        Sample.Value.Tasks.Where(task => task.Mandate == TaskMandate.Request).Select(task => task.Id)
            .Should().Equal("III.4-a", "III.4-b");
    }

    [Fact]
    public void Import_Sample_ReadsEveryExpectedReference()
    {
        var expected = Expected.GetProperty("references").EnumerateArray().ToList();

        Sample.Value.References.Should().HaveCount(expected.Count);
        foreach (var (reference, row) in Sample.Value.References.Zip(expected))
        {
            reference.Kind.Should().Be(row.GetProperty("kind").GetString());
            reference.Number.Should().Be(row.GetProperty("number").GetString());
            reference.Date.Should().Be(DateOnly.Parse(row.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            UnitNameKey.Of(reference.Issuer!).Should().Be(UnitNameKey.Of(row.GetProperty("issuer").GetString()!));
        }

        Sample.Value.References[0].Alias.Should().Be("Kế hoạch số 178-KH/HU");
    }

    [Fact]
    public void Import_Sample_ReattachesFootnotesAndLiftsThemOutOfSentences()
    {
        var plan = Sample.Value;

        plan.Footnotes.Select(note => note.Marker).Should().Equal("1", "2", "3", "4");
        plan.Task("II.2-b").FootnoteMarkers.Should().Equal("2");
        plan.Task("II.2-c").Text.Should().Contain("Chương trình phòng, chống tai nạn, thương tích trẻ em").And.NotContain("Chiến lược quốc gia");
        plan.Task("II.2-c").Source.Should().Be(new SourceRange(35, 41));
        plan.Task("II.3-b").Text.Should().Contain("đổi mới phương thức quản lý, điều hành");
        plan.Task("III.1-a").Text.Should().Contain("Kế hoạch này gửi Sở Lao động").And.NotContain("Xã, thị trấn triển khai");
    }

    [Fact]
    public void Import_Sample_ReadsDocumentSignerAndRecipientsWithoutInventingNumberOrDate()
    {
        var plan = Sample.Value;

        plan.Document.Should().Match<PlanDocument>(document => document.Kind == "Kế hoạch" && document.Number == null
            && document.Date == null && document.Issuer == "Ủy ban nhân dân huyện Kon Rẫy");
        plan.Document.Title.Should().StartWith("Triển khai thực hiện Kế hoạch số 178-KH/HU ngày 23/4/2024");
        plan.Document.Signer.Should().Be(new Signer("Đinh Thị Hồng Thu", "Phó Chủ tịch", "TM. ỦY BAN NHÂN DÂN; KT. CHỦ TỊCH"));
        plan.Diagnostics.Select(diagnostic => diagnostic.Code).Should().Contain(["document.number-missing", "document.date-missing"]);
        plan.Recipients.Should().HaveCount(10);
        plan.Recipients[0].Should().Be(new Recipient("Sở Lao động - Thương binh và Xã hội", "b/c"));
        plan.Recipients[3].Tag.Should().Be("đ/b");
        plan.Recipients[^1].Should().Be(new Recipient("Lưu: VT", null));
    }

    [Fact]
    public void Import_Sample_ReadsTheYearlyReportingPathAsTheEscalationLadder()
    {
        var reporting = Sample.Value.Reporting!;

        reporting.Cadence!.Period.Should().Be(CadencePeriod.Yearly);
        reporting.Via!.UnitId.Should().Be("phong-ldtbxh");
        reporting.Recipient!.UnitId.Should().Be("ubnd-huyen-kon-ray");
        reporting.Escalation.Select(mention => mention.UnitId).Should().Equal("phong-ldtbxh", "ubnd-huyen-kon-ray");
    }

    [Fact]
    public void Import_Sample_ReadsSectionsWithLevelsFromHeadings()
    {
        Sample.Value.Sections.Select(section => (section.Id, section.Level)).Should().StartWith(
            [("I", 1), ("I.1", 2), ("I.2", 2), ("II", 1), ("II.1", 2)]);
        Sample.Value.Sections.Should().Contain(section => section.Id == "III.4" && section.Title.StartsWith("Đề nghị"));
    }

    private static void AssertSameUnits(IReadOnlyList<UnitMention> actual, JsonElement expected)
    {
        var expectedTexts = expected.ValueKind == JsonValueKind.Array ? expected.EnumerateArray().Select(item => item.GetString()!).ToList() : [];
        actual.Should().HaveCount(expectedTexts.Count);
        foreach (var (mention, text) in actual.Zip(expectedTexts))
        {
            var resolution = PlanText.Directory.Resolve(text, null);
            if (resolution is null)
            {
                mention.Text.Should().Be(text);
                mention.Resolution.Should().Be(MentionResolution.Unspecific);
            }
            else
            {
                mention.UnitIds.Should().BeEquivalentTo(resolution.UnitIds, $"\"{mention.Text}\" is \"{text}\"");
            }
        }
    }
}
