namespace FlexFabricSim.Cli.Tests.Menu;

/// <summary><c>menu</c> boots through the boot engine when nobody presses the setup key: in the classroom lab, or a lab file.</summary>
public sealed class MenuBootConsoleTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = FlexFabricCommand.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Without_the_setup_key_the_default_adapter_boots_in_the_classroom_lab_and_says_why_it_stops()
    {
        var (exit, screen, _) = Run("menu", "--keys", "wait:30s");

        Assert.Equal(0, exit);
        Assert.Contains("In lab classroom: Boot failed at stage Banner: ffs-101", screen.Replace("\n", " "), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lab_file_and_an_os_profile_carry_the_boot_to_the_os()
    {
        var lab = Path.Combine(Path.GetTempPath(), $"ffs-lab-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(lab, """
            name: my-lab
            dhcp4:
              server: 192.0.2.1
              pool: 192.0.2.100-192.0.2.150
              root-path: "iscsi:192.0.2.10::3260:0:iqn.2026-11.lab.target:disk1"
            targets:
              - name: iqn.2026-11.lab.target:disk1
                address: 192.0.2.10
                luns: [{ lun: 0, size: 64MiB }]
            """);
        try
        {
            // Ctrl-S, port 0, Boot Protocol to iSCSI, F4 saves, ESC twice leaves: the default DHCP settings boot from option 17.
            var (exit, screen, err) = Run("menu", "--lab", lab, "--os", "windows-2012",
                "--keys", "ctrl+s,enter,down,right,f4,esc,esc,wait:30s");

            Assert.True(exit == 0, err);
            Assert.Contains("Login successful", screen, StringComparison.Ordinal);
            Assert.Contains("In lab my-lab: OS up", screen.Replace("\n", " "), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(lab);
        }
    }

    [Theory]
    [InlineData("--lab", "/nonexistent/lab.yaml", "cannot read the lab file")]
    [InlineData("--os", "dos-6.22", "unknown OS 'dos-6.22'")]
    public void A_bad_lab_or_os_is_refused_with_exit_2(string option, string value, string message)
    {
        var (exit, screen, err) = Run("menu", option, value, "--keys", "wait:1s");

        Assert.Equal(2, exit);
        Assert.Equal("", screen);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }
}
