namespace PlanWorkflows.Engine.Identity;

/// <summary>
/// Elsa-shaped ids (16 lowercase hex characters) that sort by creation time, so rows inserted together land on
/// neighbouring index pages: 44 bits of milliseconds since the Unix epoch (enough until the year 2527), then a 20-bit
/// tail that starts at a random value each millisecond and grows by a random step for every further id in it. Ids of
/// one generator are strictly increasing; when a millisecond's tail runs out, or the clock goes back, the ids run on
/// in the next millisecond.
/// </summary>
public sealed class TimeOrderedIdentityGenerator(TimeProvider timeProvider) : IIdentityGenerator
{
    private const int TailBits = 20;
    private const uint TailLimit = 1u << TailBits;
    private const uint FirstTailLimit = TailLimit / 2;
    private const uint MaxStep = 256;

    private readonly Lock _gate = new();
    private readonly RandomBits _random = new();
    private long _milliseconds = -1;
    private uint _tail;

    public string NewId()
    {
        lock (_gate)
        {
            Advance(timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
            return ((_milliseconds << TailBits) | _tail).ToString("x16");
        }
    }

    private void Advance(long now)
    {
        if (now > _milliseconds)
        {
            StartMillisecond(now);
            return;
        }

        _tail += 1 + (_random.NextUInt32() % MaxStep);
        if (_tail >= TailLimit)
        {
            StartMillisecond(_milliseconds + 1);
        }
    }

    private void StartMillisecond(long milliseconds)
    {
        _milliseconds = milliseconds;
        _tail = _random.NextUInt32() % FirstTailLimit;
    }
}
