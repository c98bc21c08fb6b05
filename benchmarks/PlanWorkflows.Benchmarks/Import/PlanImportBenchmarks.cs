using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PlanWorkflows.Activities.Organization;
using PlanWorkflows.Workflows.Plans.Import;
using PlanWorkflows.Workflows.Plans.Model;
using PlanWorkflows.Workflows.Plans.Reading;

namespace PlanWorkflows.Benchmarks.Import;

/// <summary>
/// Importing the sample plan and a 100-page plan (the sample repeated), each against a baseline in the same run:
/// only decoding the bytes into lines and NFC-normalising them.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PlanImportBenchmarks
{
    private const int SampleCopiesIn100Pages = 25;

    private readonly InMemoryOrganizationDirectory directory = OrganizationDirectoryFile.LoadKonRay2024();
    private byte[] sample = [];
    private byte[] hundredPages = [];

    [GlobalSetup]
    public void LoadSample()
    {
        sample = File.ReadAllBytes(SamplePath());
        hundredPages = Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Repeat(Encoding.UTF8.GetString(sample), SampleCopiesIn100Pages)));
    }

    [Benchmark(Baseline = true), BenchmarkCategory("sample")]
    public int ReadAndNormaliseSample() => ReadAndNormalise(sample);

    [Benchmark, BenchmarkCategory("sample")]
    public Plan? ImportSample() => Import(sample);

    [Benchmark(Baseline = true), BenchmarkCategory("100 pages")]
    public int ReadAndNormalise100Pages() => ReadAndNormalise(hundredPages);

    [Benchmark, BenchmarkCategory("100 pages")]
    public Plan? Import100Pages() => Import(hundredPages);

    private static int ReadAndNormalise(byte[] bytes) =>
        TextPlanReader.Read(bytes).Sum(line => line.Text.Normalize(NormalizationForm.FormC).Length);

    private Plan? Import(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return new PlanImporter(directory).Import(stream, "plan.txt").Plan;
    }

    private static string SamplePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "plans", "kon-ray-2024-child-care-plan.txt");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("shared/plans/kon-ray-2024-child-care-plan.txt not found above " + AppContext.BaseDirectory);
    }
}
