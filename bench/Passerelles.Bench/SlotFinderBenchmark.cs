using BenchmarkDotNet.Attributes;
using NodaTime;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Bench;

/// <summary>The slot finder for a large circle: 30 participants in Montréal, Paris, Vancouver and Dakar, each with two
/// busy hours a week, over 8 weeks at 15-minute steps.</summary>
[MemoryDiagnoser]
public class SlotFinderBenchmark
{
    private IReadOnlyList<SlotFinder.Participant> _participants = [];
    private readonly Instant _from = Instant.FromUtc(2027, 3, 1, 0, 0);

    [GlobalSetup]
    public void Setup()
    {
        string[] zones = ["America/Toronto", "Europe/Paris", "America/Vancouver", "Africa/Dakar"];
        var random = new Random(412);
        _participants = Enumerable.Range(0, 30).Select(i =>
        {
            var busy = Enumerable.Range(0, 16).Select(_ =>
            {
                var start = _from + Duration.FromMinutes(15 * random.Next(8 * 7 * 96));
                return new Interval(start, start + Duration.FromHours(1));
            }).ToList();
            return new SlotFinder.Participant(Guid.NewGuid(), $"Person {i}", i % 2 == 0 ? Side.Quebec : Side.France, zones[i % zones.Length],
                SlotFinder.WorkingWindow.Default, busy);
        }).ToList();
    }

    [Benchmark]
    public int ThirtyParticipantsEightWeeks() => SlotFinder.Find(_participants, _from, 8, 60, Side.France).Count;
}
