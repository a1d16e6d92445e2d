using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Dhcp4;

/// <summary>
/// The contents of DHCPv4 option 43 read as encapsulated sub-options, with Broadcom's iSCSI codes 201-203 (RFC 2132 §8.4; G p.10).
/// </summary>
/// <remarks>
/// Only meaningful when the server's option 60 matched the adapter's DHCP Vendor ID: other vendors give option 43 other
/// formats. PAD (0) bytes are skipped and END (255) stops the list, as RFC 2132 §8.4 allows and dnsmasq sends.
/// </remarks>
public sealed record Dhcp4VendorOptions
{
    private const byte Pad = 0;
    private const byte End = 255;
    private const int MaxSubOptionLength = 255;

    /// <summary>The sub-options in wire order, without PAD and END.</summary>
    public ImmutableArray<Dhcp4VendorSubOption> SubOptions { get; init; } = [];

    /// <summary>Sub-option 201: the first target's root path text.</summary>
    public string? FirstTarget => ReadText(IscsiBootSubOption.FirstTarget);

    /// <summary>Sub-option 202: the second target's root path text.</summary>
    public string? SecondTarget => ReadText(IscsiBootSubOption.SecondTarget);

    /// <summary>Sub-option 203: the initiator's iSCSI name.</summary>
    public string? InitiatorName => ReadText(IscsiBootSubOption.InitiatorName);

    /// <summary>Builds the iSCSI boot sub-options; null values are left out.</summary>
    public static Dhcp4VendorOptions ForIscsiBoot(string? firstTarget, string? secondTarget = null, string? initiatorName = null)
    {
        var subOptions = ImmutableArray.CreateBuilder<Dhcp4VendorSubOption>();
        Add(IscsiBootSubOption.FirstTarget, firstTarget);
        Add(IscsiBootSubOption.SecondTarget, secondTarget);
        Add(IscsiBootSubOption.InitiatorName, initiatorName);
        return new Dhcp4VendorOptions { SubOptions = subOptions.ToImmutable() };

        void Add(IscsiBootSubOption code, string? text)
        {
            if (text is not null)
            {
                subOptions.Add(new Dhcp4VendorSubOption((byte)code, [.. Encoding.UTF8.GetBytes(text)]));
            }
        }
    }

    /// <summary>Reads option 43's data as sub-options; offsets in errors count from the start of that data.</summary>
    /// <exception cref="DhcpFormatException">A sub-option is cut short (<see cref="DhcpFormatReason.TruncatedSubOption"/>).</exception>
    public static Dhcp4VendorOptions Decode(ReadOnlySpan<byte> data)
    {
        var subOptions = ImmutableArray.CreateBuilder<Dhcp4VendorSubOption>();
        var position = 0;
        while (position < data.Length)
        {
            var code = data[position];
            if (code == Pad)
            {
                position++;
                continue;
            }
            if (code == End)
            {
                break;
            }
            if (position + 1 >= data.Length)
            {
                DhcpFormatException.Reject4(DhcpFormatReason.TruncatedSubOption, position, data, $"sub-option {code} has no length byte");
            }
            var length = data[position + 1];
            if (position + 2 + length > data.Length)
            {
                DhcpFormatException.Reject4(DhcpFormatReason.TruncatedSubOption, position, data,
                    $"sub-option {code} says {length} bytes, {data.Length - position - 2} remain");
            }
            subOptions.Add(new Dhcp4VendorSubOption(code, [.. data.Slice(position + 2, length)]));
            position += 2 + length;
        }
        return new Dhcp4VendorOptions { SubOptions = subOptions.ToImmutable() };
    }

    /// <summary>The data of the first sub-option with <paramref name="code"/>; null when absent.</summary>
    public ImmutableArray<byte>? Find(byte code) => SubOptions.FirstOrDefault(s => s.Code == code)?.Data;

    /// <summary>The number of bytes <see cref="WriteTo"/> writes (no END: option 43's own length ends the list).</summary>
    public int GetEncodedLength() => SubOptions.Sum(s => 2 + s.Data.Length);

    /// <summary>Writes the sub-options; returns the bytes written, which always equal <see cref="GetEncodedLength"/>.</summary>
    /// <exception cref="ArgumentException">The destination is too small, a sub-option is over 255 bytes, or uses code 0 or 255.</exception>
    public int WriteTo(Span<byte> destination)
    {
        var length = GetEncodedLength();
        if (destination.Length < length)
        {
            throw new ArgumentException($"{length} bytes needed, {destination.Length} given", nameof(destination));
        }
        var position = 0;
        foreach (var subOption in SubOptions)
        {
            if (subOption.Code is Pad or End || subOption.Data.Length > MaxSubOptionLength)
            {
                throw new ArgumentException(
                    $"sub-option {subOption.Code} cannot be encoded (code 0 or 255, or longer than a 1-byte length)");
            }
            destination[position++] = subOption.Code;
            destination[position++] = (byte)subOption.Data.Length;
            subOption.Data.AsSpan().CopyTo(destination[position..]);
            position += subOption.Data.Length;
        }
        Debug.Assert(position == length, "the encoder wrote a different length than it declared");
        return length;
    }

    /// <summary>The sub-options as option 43.</summary>
    public Dhcp4Option ToOption()
    {
        var bytes = new byte[GetEncodedLength()];
        WriteTo(bytes);
        return new Dhcp4Option(Dhcp4OptionCode.VendorSpecificInformation, [.. bytes]);
    }

    /// <inheritdoc />
    public bool Equals(Dhcp4VendorOptions? other) => other is not null && SubOptions.AsSpan().SequenceEqual(other.SubOptions.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => SubOptions.Aggregate(0, (h, s) => HashCode.Combine(h, s));

    private string? ReadText(IscsiBootSubOption code) => Find((byte)code) is { } d ? Dhcp4Message.DecodeText(d.AsSpan()) : null;
}
