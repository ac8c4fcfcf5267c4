fn main() -> std::process::ExitCode {
    chairdesk::cli::main()
}
