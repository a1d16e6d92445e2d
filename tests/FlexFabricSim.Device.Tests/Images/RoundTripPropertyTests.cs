using CsCheck;
using FlexFabricSim.Device.Images;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Device.Tests.Images;

public class RoundTripPropertyTests
{
    [Fact]
    public void Random_valid_configurations_survive_encode_and_decode_unchanged()
    {
        RandomConfigurations.Gen.Sample(config =>
        {
            Assert.Empty(config.Validate());
            var bytes = FirmwareImage.Encode(config);
            var decoded = FirmwareImage.Decode(bytes, config.Model);
            Assert.Equal(config, decoded);
            Assert.Equal(bytes, FirmwareImage.Encode(decoded));
        }, iter: 1_000);
    }

    [Fact]
    public void Random_configurations_survive_a_write_and_read_through_a_file()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "card.ffimg");
        RandomConfigurations.Gen.Sample(config =>
        {
            var file = Path.Combine(folder.Path, $"{Guid.NewGuid():N}.ffimg");
            FirmwareImage.Write(file, config);
            Assert.Equal(config, FirmwareImage.Read(file));
            File.Delete(file);
        }, iter: 100, threads: 1);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Random_configurations_reach_many_states()
    {
        // Guards the generator itself: it must produce NPAR cards, IPv6, CHAP and cards without iSCSI firmware.
        var seen = new HashSet<string>();
        RandomConfigurations.Gen.Sample(config =>
        {
            lock (seen)
            {
                if (config.IsMultiFunction) { seen.Add("npar"); }
                if (!config.OptionRom.HasIscsiBootFirmware) { seen.Add("no-firmware"); }
                if (config.Addresses.Any(a => config.IpVersionAt(a) == IpVersion.Ipv6)) { seen.Add("ipv6"); }
                if (config.Addresses.Any(a => config.GetGeneral(a).ChapAuthentication)) { seen.Add("chap"); }
                if (config.Addresses.Any(a => config.GetMba(a).VlanMode && config.GetMba(a).VlanId != 1)) { seen.Add("vlan"); }
            }
        }, iter: 500, seed: "0000000000001");
        Assert.Equal(["chap", "ipv6", "no-firmware", "npar", "vlan"], seen.Order());
    }
}
