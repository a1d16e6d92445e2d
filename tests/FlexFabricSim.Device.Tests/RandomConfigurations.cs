using System.Globalization;
using System.Net;
using CsCheck;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;

namespace FlexFabricSim.Device.Tests;

/// <summary>
/// Random valid configurations, built only through <see cref="AdapterConfiguration.TryChange"/>: a random factory card
/// (model, base MAC, firmware), then random changes of random fields at random ports/functions with random valid values.
/// Changes a context rule refuses (e.g. VLAN ID while VLAN is off) are skipped, as a user's would be.
/// </summary>
internal static class RandomConfigurations
{
    private static readonly FieldDefinition[] Editable = [.. FieldCatalog.Stored];

    /// <summary>One change: where, which field, and a seed that picks the value once the current state is known.</summary>
    public readonly record struct Step(int Port, int Function, int Field, int Seed);

    public static Gen<AdapterConfiguration> Gen { get; } =
        CsCheck.Gen.Select(
            CsCheck.Gen.Enum<AdapterModel>(),
            CsCheck.Gen.ULong[0x0000_0000_0000, 0xFEFF_FFFF_FF00],
            CsCheck.Gen.Bool,
            CsCheck.Gen.Int[0, 3],
            CsCheck.Gen.Select(CsCheck.Gen.Int[0, 1], CsCheck.Gen.Int[0, 3], CsCheck.Gen.Int[0, Editable.Length - 1], CsCheck.Gen.Int)
                .Select((p, f, k, s) => new Step(p, f, k, s)).Array[0, 80],
            Build);

    private static AdapterConfiguration Build(AdapterModel model, ulong macSeed, bool firmware, int mode, Step[] steps)
    {
        // Even first octet (unicast) and not zero.
        var mac = MacAddress.FromValue((macSeed & ~(1UL << 40)) | 0x10);
        var config = AdapterConfiguration.CreateFactory(model, mac, firmware);
        if (mode >= 2)
        {
            config = Accept(config, NvramAddress.OfPort(0), FieldKeys.Adapter.MultiFunctionMode, "multi-function") ?? config;
        }
        foreach (var step in steps)
        {
            var at = new NvramAddress(step.Port, config.IsMultiFunction ? step.Function : 0);
            var field = Editable[step.Field];
            var value = ValueFor(field, config.IpVersionAt(at), new Random(step.Seed));
            config = Accept(config, at, field.Key, value) ?? config;
        }
        return config;
    }

    private static AdapterConfiguration? Accept(AdapterConfiguration config, NvramAddress at, string key, string value) =>
        config.TryChange(at, key, value) is ChangeOutcome.Accepted accepted ? accepted.Result : null;

    /// <summary>A value valid for <paramref name="field"/> on its own (context rules may still refuse it).</summary>
    public static string ValueFor(FieldDefinition field, IpVersion ipVersion, Random random)
    {
        switch (field.Kind)
        {
            case FieldKind.Choice:
                return field.Choices[random.Next(field.Choices.Count)].Value;
            case FieldKind.Integer:
                return random.Next(field.Min!.Value, field.Max!.Value + 1).ToString(CultureInfo.InvariantCulture);
            case FieldKind.Text:
                return Ascii(random, random.Next(0, field.MaxLength!.Value + 1));
            case FieldKind.IpAddress:
                var bytes = new byte[ipVersion == IpVersion.Ipv4 ? 4 : 16];
                random.NextBytes(bytes);
                return new IPAddress(bytes).ToString();
            case FieldKind.SubnetMask:
                return ipVersion == IpVersion.Ipv4 ? random.Next(0, 33).ToString(CultureInfo.InvariantCulture)
                    : random.Next(0, 129).ToString(CultureInfo.InvariantCulture);
            case FieldKind.MacAddress:
                return MacAddress.FromValue((ulong)random.NextInt64(0, 1L << 48)).ToString();
            case FieldKind.IscsiName:
                return random.Next(4) switch
                {
                    0 => "",
                    1 => $"eui.{random.NextInt64():X16}",
                    _ => $"iqn.{random.Next(1990, 2030)}-{random.Next(1, 13):D2}.com.example{random.Next(1000)}:{Label(random)}",
                };
            case FieldKind.ChapId:
                return Ascii(random, random.Next(0, 129));
            case FieldKind.ChapSecret:
                return random.Next(5) == 0 ? "" : Ascii(random, random.Next(12, 17));
            default:
                throw new ArgumentOutOfRangeException(nameof(field));
        }
    }

    private static string Ascii(Random random, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => (char)random.Next(0x20, 0x7F))]);

    private static string Label(Random random) =>
        new([.. Enumerable.Range(0, random.Next(1, 20)).Select(_ => "abcdefghijklmnopqrstuvwxyz0123456789-.:"[random.Next(39)])]);
}
