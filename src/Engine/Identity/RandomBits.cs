using System.Security.Cryptography;

namespace PlanWorkflows.Engine.Identity;

/// <summary>
/// Cryptographic random numbers drawn from a buffer that is refilled in blocks: one system call per block instead of
/// one per id. Not thread-safe: each generator owns one and uses it under its own lock.
/// </summary>
internal sealed class RandomBits
{
    private const int BlockSize = 512;

    private readonly byte[] _block = new byte[BlockSize];
    private int _position = BlockSize;

    public uint NextUInt32() => BitConverter.ToUInt32(Take(sizeof(uint)));

    private ReadOnlySpan<byte> Take(int count)
    {
        if (_position + count > BlockSize)
        {
            RandomNumberGenerator.Fill(_block);
            _position = 0;
        }

        var taken = _block.AsSpan(_position, count);
        _position += count;
        return taken;
    }
}
