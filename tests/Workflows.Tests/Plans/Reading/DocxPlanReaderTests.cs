using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Tests.Plans.Reading;

public sealed class DocxPlanReaderTests
{
    [Fact]
    public void Import_SampleAsDocx_GivesTheSamePlanAsTheText()
    {
        var text = File.ReadAllBytes(SharedPlans.PathOf(SharedPlans.Sample + ".txt"));
        var lines = File.ReadAllLines(SharedPlans.PathOf(SharedPlans.Sample + ".txt"));

        var fromText = PlanText.Import(text, "sample.txt").Plan!;
        var fromDocx = PlanText.Import(Docx(body => body.Append(lines.Select(Paragraph))), "sample.docx").Plan!;

        fromDocx.Tasks.Should().BeEquivalentTo(fromText.Tasks);
        fromDocx.References.Should().BeEquivalentTo(fromText.References);
        fromDocx.Footnotes.Should().BeEquivalentTo(fromText.Footnotes);
        fromDocx.Document.Should().BeEquivalentTo(fromText.Document);
    }

    [Fact]
    public void Import_DocxWithNumberingAndTaskTable_WritesLabelsAndReadsRows()
    {
        var docx = Docx(body =>
        {
            body.Append(Numbered("NHIỆM VỤ", level: 0), Numbered("Chăm sóc sức khỏe", level: 1));
            body.Append(Table(
                ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
                ["1", "Khám sức khỏe cho trẻ em", "Phòng Y tế", "UBND các xã, thị trấn", "Trước 30/9/2024"]));
        }, withNumbering: true);

        var plan = PlanText.Import(docx, "plan.docx").Plan!;

        plan.Sections.Select(section => section.Id).Should().Equal("I", "I.1");
        plan.Task("I.1-1").Should().Match<PlanTask>(task => task.Lead[0].UnitId == "phong-y-te"
            && task.Coordinating[0].Group == "ubnd-cac-xa-thi-tran" && task.Deadline!.Date == new DateOnly(2024, 9, 30));
    }

    [Fact]
    public void Import_DocxWithRecipientsAndSignatureSideBySide_ReadsBoth()
    {
        var docx = Docx(body =>
        {
            body.Append(Paragraph("I. NHIỆM VỤ"), Paragraph("- Phòng Y tế chủ trì khám sức khỏe cho trẻ em."));
            body.Append(new Table(new TableRow(
                new TableCell(Paragraph("Nơi nhận:"), Paragraph("- UBND tỉnh (b/c);"), Paragraph("- Lưu: VT.")),
                new TableCell(Paragraph("TM. ỦY BAN NHÂN DÂN"), Paragraph("CHỦ TỊCH"), Paragraph("Nguyễn Văn Bình")))));
        });

        var plan = PlanText.Import(docx, "plan.docx").Plan!;

        plan.Recipients.Should().Equal(new Recipient("UBND tỉnh", "b/c"), new Recipient("Lưu: VT", null));
        plan.Document.Signer.Should().Be(new Signer("Nguyễn Văn Bình", "Chủ tịch", "TM. ỦY BAN NHÂN DÂN"));
        plan.Tasks.Should().ContainSingle();
    }

    [Fact]
    public void Import_DamagedDocx_IsRefused() =>
        PlanText.Import([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02], "plan.docx").Refusal.Should().Contain("docx");

    private static byte[] Docx(Action<Body> fill, bool withNumbering = false)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            if (withNumbering)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = RomanThenDecimal();
            }

            fill(main.Document.Body!);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Numbered(string text, int level)
    {
        var paragraph = Paragraph(text);
        paragraph.PrependChild(new ParagraphProperties(new NumberingProperties(
            new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })));
        return paragraph;
    }

    private static Numbering RomanThenDecimal() => new(
        new AbstractNum(
            new Level(new NumberingFormat { Val = NumberFormatValues.UpperRoman }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
            new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%2." }) { LevelIndex = 1 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });

    private static Table Table(params string[][] rows) =>
        new(rows.Select(cells => new TableRow(cells.Select(cell => new TableCell(Paragraph(cell))))));
}
