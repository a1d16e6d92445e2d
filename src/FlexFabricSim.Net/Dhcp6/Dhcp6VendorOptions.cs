using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Text;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>
/// A Vendor-specific Information option's contents: enterprise number and sub-options, Broadcom's 201-203 (RFC 8415 §21.17; G p.11).
/// </summary>
/// <remarks>
/// On the wire: <c>0000113d</c> then <c>00c9 &lt;len:2&gt; &lt;root path&gt;</c> … (SPEC; Kea and dnsmasq alike). G p.11 omits the
/// enterprise number. The client reads the sub-options whatever the enterprise number, as Broadcom's own code does (SPEC, source U).
/// </remarks>
public sealed record Dhcp6VendorOptions
{
    /// <summary>The IANA enterprise number.</summary>
    public uint EnterpriseNumber { get; init; }

    /// <summary>The sub-options in wire order.</summary>
    public ImmutableArray<Dhcp6VendorSubOption> SubOptions { get; init; } = [];

    /// <summary>Sub-option 201: the first target's root path text (IPv6 server in brackets).</summary>
    public string? FirstTarget => ReadText(IscsiBootSubOption.FirstTarget);

    /// <summary>Sub-option 202: the second target's root path text.</summary>
    public string? SecondTarget => ReadText(IscsiBootSubOption.SecondTarget);

    /// <summary>Sub-option 203: the initiator's iSCSI name.</summary>
    public string? InitiatorName => ReadText(IscsiBootSubOption.InitiatorName);

    /// <summary>Builds Broadcom's iSCSI sub-options under <paramref name="enterpriseNumber"/>; null values are left out.</summary>
    public static Dhcp6VendorOptions ForIscsiBoot(string? firstTarget, string? secondTarget = null, string? initiatorName = null,
        uint enterpriseNumber = IscsiBootVendor.BroadcomEnterpriseNumber)
    {
        var subOptions = ImmutableArray.CreateBuilder<Dhcp6VendorSubOption>();
        Add(IscsiBootSubOption.FirstTarget, firstTarget);
        Add(IscsiBootSubOption.SecondTarget, secondTarget);
        Add(IscsiBootSubOption.InitiatorName, initiatorName);
        return new Dhcp6VendorOptions { EnterpriseNumber = enterpriseNumber, SubOptions = subOptions.ToImmutable() };

        void Add(IscsiBootSubOption code, string? text)
        {
            if (text is not null)
            {
                subOptions.Add(new Dhcp6VendorSubOption((ushort)code, [.. Encoding.UTF8.GetBytes(text)]));
            }
        }
    }

    /// <summary>Reads the option data; <paramref name="offset"/> locates it in the decoded unit for errors.</summary>
    /// <exception cref="DhcpFormatException">Shorter than the enterprise number, or a sub-option runs past the option.</exception>
    public static Dhcp6VendorOptions Decode(ReadOnlySpan<byte> data, int offset = 0)
    {
        if (data.Length < 4)
        {
            DhcpFormatException.Reject6(DhcpFormatReason.BadOptionLength, offset, data, "vendor options need a 4-byte enterprise number");
        }
        var subOptions = Dhcp6OptionList.Read(data[4..], offset + 4, DhcpFormatReason.TruncatedSubOption);
        return new Dhcp6VendorOptions
        {
            EnterpriseNumber = BinaryPrimitives.ReadUInt32BigEndian(data),
            SubOptions = [.. subOptions.Select(s => new Dhcp6VendorSubOption((ushort)s.Option.Code, s.Option.Data))],
        };
    }

    /// <summary>The data of the first sub-option with <paramref name="code"/>; null when absent.</summary>
    public ImmutableArray<byte>? Find(ushort code) => SubOptions.FirstOrDefault(s => s.Code == code)?.Data;

    /// <summary>The vendor options as option 17.</summary>
    public Dhcp6Option ToOption()
    {
        var asOptions = SubOptions.Select(s => new Dhcp6Option((Dhcp6OptionCode)s.Code, s.Data)).ToImmutableArray();
        var data = new byte[4 + Dhcp6OptionList.GetEncodedLength(asOptions)];
        BinaryPrimitives.WriteUInt32BigEndian(data, EnterpriseNumber);
        Dhcp6OptionList.Write(data.AsSpan(4), asOptions);
        return new Dhcp6Option(Dhcp6OptionCode.VendorOptions, [.. data]);
    }

    /// <inheritdoc />
    public bool Equals(Dhcp6VendorOptions? other) =>
        other is not null && EnterpriseNumber == other.EnterpriseNumber && SubOptions.AsSpan().SequenceEqual(other.SubOptions.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EnterpriseNumber, SubOptions.Length);

    private string? ReadText(IscsiBootSubOption code) =>
        Find((ushort)code) is { } d ? Encoding.UTF8.GetString(d.AsSpan().TrimEnd((byte)0)) : null;
}
