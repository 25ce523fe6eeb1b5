fn main() {
    for line in std::io::stdin().lines().map_while(Result::ok) {
        let s = claimdesk::extract::score::score_sentence(&line);
        println!("{:.2} {:.2}  {line}", s.checkworthiness, s.opinion);
    }
}
