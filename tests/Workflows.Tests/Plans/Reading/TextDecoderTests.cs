using System.Text;
using PlanWorkflows.Workflows.Plans.Reading;

namespace PlanWorkflows.Workflows.Tests.Plans.Reading;

public sealed class TextDecoderTests
{
    private const string Vietnamese = "Ủy ban nhân dân huyện Kon Rẫy chủ trì, phối hợp thực hiện.";

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom() =>
        TextDecoder.Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Vietnamese)]).Should().Be(Vietnamese);

    [Fact]
    public void Decode_Utf8WithoutBom_ReadsIt() =>
        TextDecoder.Decode(Encoding.UTF8.GetBytes(Vietnamese)).Should().Be(Vietnamese);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Decode_Utf16WithBom_ReadsIt(bool littleEndian)
    {
        var encoding = littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode;

        TextDecoder.Decode([.. encoding.Preamble, .. encoding.GetBytes(Vietnamese)]).Should().Be(Vietnamese);
    }

    [Fact]
    public void Decode_Utf16LittleEndianWithoutBom_IsDetected() =>
        TextDecoder.Decode(Encoding.Unicode.GetBytes("KẾ HOẠCH số 12/KH-UBND")).Should().Be("KẾ HOẠCH số 12/KH-UBND");

    [Fact]
    public void Decode_Windows1258_IsDetectedAndDecoded()
    {
        var windows1258 = CodePagesEncodingProvider.Instance.GetEncoding(1258)!;
        var bytes = windows1258.GetBytes(WithSeparateToneMarks(Vietnamese));

        TextDecoder.Decode(bytes).Normalize(NormalizationForm.FormC).Should().Be(Vietnamese);
    }

    /// <summary>Windows-1258 has letters with circumflex, breve and horn, but writes the five tone marks separately.</summary>
    private static string WithSeparateToneMarks(string text) => string.Concat(text.Select(character =>
    {
        var decomposed = character.ToString().Normalize(NormalizationForm.FormD);
        var tone = decomposed.LastOrDefault(mark => mark is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323');
        return tone == default
            ? character.ToString()
            : decomposed.Replace(tone.ToString(), string.Empty, StringComparison.Ordinal).Normalize(NormalizationForm.FormC) + tone;
    }));

    [Fact]
    public void Import_SampleAsUtf16_GivesTheSameTasksAsUtf8()
    {
        var text = File.ReadAllText(SharedPlans.PathOf(SharedPlans.Sample + ".txt"));

        var utf16 = PlanText.Import([.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)], "sample.txt").Plan!;

        utf16.Tasks.Should().BeEquivalentTo(PlanText.Parse(text).Tasks);
    }

    [Fact]
    public void Import_PlanInWindows1258_ReadsUnitsWithTheirAccents()
    {
        const string plan = "II. NHIỆM VỤ\n- Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Ủy ban nhân dân các xã, thị trấn tổ chức dạy bơi.";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1258)!.GetBytes(WithSeparateToneMarks(plan));

        var task = PlanText.Import(bytes, "plan.txt").Plan!.Tasks.Single();

        task.Text.Should().Be(plan.Split("- ")[1]);
        task.Lead.Single().UnitId.Should().Be("phong-gddt");
        task.Coordinating.Single().Group.Should().Be("ubnd-cac-xa-thi-tran");
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03 }, "binary")]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41, 0x42 }, "binary")]
    public void Decode_EmptyOrBinary_IsRefusedWithAClearMessage(byte[] bytes, string reason) =>
        FluentActions.Invoking(() => TextDecoder.Decode(bytes)).Should().Throw<UnreadableDocumentException>().WithMessage($"*{reason}*");

    [Fact]
    public void Import_PdfOrOldWord_IsRefused()
    {
        PlanText.Import("%PDF-1.7 ..."u8.ToArray(), "plan.pdf").Refusal.Should().Contain("PDF");
        PlanText.Import([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "plan.doc").Refusal.Should().Contain(".docx");
    }
}
