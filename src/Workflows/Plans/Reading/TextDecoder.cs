using System.Text;

namespace PlanWorkflows.Workflows.Plans.Reading;

/// <summary>
/// Decodes plan text: UTF-8 (with or without BOM), UTF-16 (BOM, or detected from its zero bytes), and
/// Windows-1258 when the bytes are not UTF-8 but decode to Vietnamese letters.
/// </summary>
internal static class TextDecoder
{
    private const int VietnameseCodePage = 1258;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new UnreadableDocumentException("the file is empty");
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            return DecodeUtf8(bytes[3..]);
        }

        if (bytes.StartsWith(Encoding.Unicode.Preamble))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        return Utf16WithoutBom(bytes) ?? DecodeUtf8(bytes);
    }

    private static string? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var index = 0; index < bytes.Length; index++)
        {
            if (bytes[index] == 0)
            {
                _ = index % 2 == 0 ? evenZeros++ : oddZeros++;
            }
        }

        var half = bytes.Length / 2;
        return oddZeros > half * 0.4 && evenZeros == 0 ? Encoding.Unicode.GetString(bytes)
            : evenZeros > half * 0.4 && oddZeros == 0 ? Encoding.BigEndianUnicode.GetString(bytes)
            : null;
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)0))
        {
            throw new UnreadableDocumentException("the file is binary, not text");
        }

        try
        {
            return RejectControlNoise(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return DecodeWindows1258(bytes);
        }
    }

    private static string DecodeWindows1258(ReadOnlySpan<byte> bytes)
    {
        var text = CodePagesEncodingProvider.Instance.GetEncoding(VietnameseCodePage)?.GetString(bytes)
            ?? throw new UnreadableDocumentException("the file is not UTF-8 and Windows-1258 is not available");
        var nonAscii = text.Where(character => character > 127).ToList();
        var letters = nonAscii.Count(character => char.IsLetter(character) || char.GetUnicodeCategory(character)
            == System.Globalization.UnicodeCategory.NonSpacingMark);
        if (letters < nonAscii.Count * 0.9)
        {
            throw new UnreadableDocumentException("the file is neither UTF-8, UTF-16 nor Windows-1258 text");
        }

        return RejectControlNoise(text);
    }

    private static string RejectControlNoise(string text)
    {
        var controls = text.Count(character => char.IsControl(character) && character is not ('\n' or '\r' or '\t' or '\f'));
        return controls > Math.Max(2, text.Length / 100)
            ? throw new UnreadableDocumentException("the file is binary, not text")
            : text;
    }
}
