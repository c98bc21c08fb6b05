using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PlanWorkflows.Workflows.Plans.Json;

namespace PlanWorkflows.Workflows.Tests.Plans.Import;

public sealed class RobustnessTests
{
    private const int Cases = 120;
    private static readonly TimeSpan PerDocument = TimeSpan.FromSeconds(10);
    private static readonly byte[] Sample = File.ReadAllBytes(SharedPlans.PathOf(SharedPlans.Sample + ".txt"));

    [Fact]
    public void Import_RandomBytes_NeverThrowsAndGivesAPlanOrARefusal()
    {
        var random = new Random(3);
        for (var index = 0; index < Cases; index++)
        {
            var bytes = new byte[random.Next(0, 4000)];
            random.NextBytes(bytes);
            AssertImports(bytes, index % 3 == 0 ? "plan.docx" : "plan.txt");
        }
    }

    [Fact]
    public void Import_RandomVietnameseWords_NeverThrows()
    {
        var random = new Random(5);
        var words = Encoding.UTF8.GetString(Sample).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (var index = 0; index < Cases; index++)
        {
            var text = string.Join(random.Next(4) == 0 ? "\n" : " ", Enumerable.Range(0, random.Next(1, 600)).Select(_ => words[random.Next(words.Length)]));
            AssertImports(Encoding.UTF8.GetBytes(text), "plan.txt");
        }
    }

    [Fact]
    public void Import_TruncatedSample_NeverThrows()
    {
        var random = new Random(7);
        for (var index = 0; index < Cases; index++)
        {
            AssertImports(Sample[..random.Next(0, Sample.Length)], "plan.txt");
        }
    }

    [Fact]
    public void Import_ShuffledSampleLines_NeverThrows()
    {
        var random = new Random(11);
        var lines = Encoding.UTF8.GetString(Sample).Split('\n');
        for (var index = 0; index < Cases; index++)
        {
            AssertImports(Encoding.UTF8.GetBytes(string.Join('\n', lines.OrderBy(_ => random.Next()))), "plan.txt");
        }
    }

    [Theory]
    [InlineData("Phòng ")]
    [InlineData("Căn cứ Kế hoạch số 1/KH-UBND ngày 1/1/2024 của ")]
    [InlineData("- Giao Phòng Y tế chủ trì, phối hợp với ")]
    [InlineData("đợt 1 trước ")]
    public void Import_HugeRepetitiveLine_FinishesInBoundedTime(string piece) =>
        AssertImports(Encoding.UTF8.GetBytes("I. NHIỆM VỤ\n- " + string.Concat(Enumerable.Repeat(piece, 3000))), "plan.txt");

    private static void AssertImports(byte[] bytes, string fileName)
    {
        var clock = Stopwatch.StartNew();
        var result = PlanText.Import(bytes, fileName);
        clock.Elapsed.Should().BeLessThan(PerDocument);

        if (result.Plan is null)
        {
            result.Refusal.Should().NotBeNullOrWhiteSpace();
            return;
        }

        var json = PlanJson.Serialize(result.Plan);
        FluentActions.Invoking(() => JsonDocument.Parse(json)).Should().NotThrow();
    }
}
