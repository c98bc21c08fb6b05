using PlanWorkflows.Workflows.Plans.Model;
using PlanWorkflows.Workflows.Plans.Normalization;

namespace PlanWorkflows.Workflows.Tests.Plans.Normalization;

public sealed class NormalizationTests
{
    [Theory]
    [InlineData("Văn hoá", "Văn hóa")]
    [InlineData("Uỷ ban", "Ủy ban")]
    [InlineData("THUỶ LỢI", "thủy lợi")]
    [InlineData("hoà bình", "hòa bình")]
    public void ComparisonKey_ToneMarkPlacementAndCase_CompareEqual(string left, string right) =>
        VietnameseText.AreEquivalent(left, right).Should().BeTrue();

    [Theory]
    [InlineData("hoa", "hóa")]
    [InlineData("Ủy", "Úy")]
    public void ComparisonKey_DifferentTones_StayApart(string left, string right) =>
        VietnameseText.AreEquivalent(left, right).Should().BeFalse();

    [Fact]
    public void Parse_DecomposedInput_IsNormalisedToNfc()
    {
        var plan = PlanText.Parse("II. NHIỆM VỤ\n- Phòng Y tế chủ trì khám sức khỏe.".Normalize(System.Text.NormalizationForm.FormD));

        plan.Tasks.Single().Text.Should().Be("Phòng Y tế chủ trì khám sức khỏe.");
        plan.Tasks.Single().Lead.Single().UnitId.Should().Be("phong-y-te");
    }

    [Theory]
    [InlineData("(¹) Chú thích một.", "⁽²⁾ Chú thích hai.")]
    [InlineData("¹ Chú thích một.", "(2) Chú thích hai.")]
    public void Extract_FootnoteBodiesInTheFlow_AreLiftedOutAndAttachedToTheirMarkers(string first, string second)
    {
        var lines = Lines("- Tuyên truyền chính sách¹ và chương trình² cho", first, second, "trẻ em vùng khó khăn.");

        var (kept, footnotes) = FootnoteExtractor.Extract(lines);
        var joined = PageBreakJoiner.Join(kept);

        footnotes.Select(note => (note.Marker, note.Text)).Should().Equal(("1", "Chú thích một."), ("2", "Chú thích hai."));
        joined.Single().Text.Should().Be("- Tuyên truyền chính sách và chương trình cho trẻ em vùng khó khăn.");
        joined.Single().FootnoteMarkers.Should().Equal("1", "2");
        joined.Single().Source.Should().Be(new SourceRange(1, 4));
    }

    [Fact]
    public void Extract_SquareMetres_AreNotFootnoteMarkers()
    {
        var (kept, footnotes) = FootnoteExtractor.Extract(Lines("Xây dựng sân chơi 200 m² cho trẻ em."));

        kept.Single().Text.Should().Contain("m²");
        footnotes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("- Thực hiện tốt chính sách.", "- Hỗ trợ trẻ em.")]
    [InlineData("Nơi nhận:", "- Như trên;")]
    [InlineData("a) Nội dung thứ nhất;", "b) nội dung thứ hai.")]
    public void Join_LinesThatAreNotContinuations_StaySeparate(string first, string second) =>
        PageBreakJoiner.Join(Lines(first, second)).Should().HaveCount(2);

    [Fact]
    public void Parse_HeaderTableFlattenedWithPipes_IsRead()
    {
        var plan = PlanText.Parse("""
            UBND TỈNH KON TUM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI | Độc lập - Tự do - Hạnh phúc
            Số: 1583/KH-SLĐTBXH | Kon Tum, ngày 09 tháng 5 năm 2024
            KẾ HOẠCH
            Thực hiện công tác bảo vệ trẻ em năm 2024
            I. NHIỆM VỤ
            - Phòng Y tế chủ trì khám sức khỏe cho trẻ em.
            """);

        plan.Document.Should().BeEquivalentTo(new
        {
            Kind = "Kế hoạch",
            Number = "1583/KH-SLĐTBXH",
            Date = new DateOnly(2024, 5, 9),
            Place = "Kon Tum",
            Issuer = "Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum",
            ParentBody = "Ủy ban nhân dân tỉnh Kon Tum",
            Title = "Thực hiện công tác bảo vệ trẻ em năm 2024",
        });
    }

    private static List<PlanLine> Lines(params string[] texts) =>
        texts.Select((text, index) => new PlanLine(text, new SourceRange(index + 1, index + 1), null, [])).ToList();
}
