/**
 * Common Chinese (pinyin and Wade–Giles/Taiwanese spellings) and Korean family names, written from
 * general knowledge. Names of these languages put the family name first ("Chen Wei-ming", "Park Ji-hoon"),
 * so a text that names the person again by one word uses the FIRST word ("sagte Chen"), not the last.
 * Lower-cased, plain data, read by `familyFirst` in loaders/people/family-first.ts.
 *
 * Left out on purpose: Vietnamese family names (the short form of "Nguyen Van Minh" is the given name
 * "Minh", the last word, as for Western names) and Japanese ones (German text writes Japanese names
 * given name first).
 */
export const familyFirstSurnames: readonly string[] = `
li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen yao
jin fu zhong cui tan liao fan wan qian dai mo kong xiang shi qin bai hou meng xiong qiu yan lei long duan
hao shao gu mao wen fang kang jia xia zou gong yin lai hong chang chiang hsu tsai chou kuo huang wong
hsieh hsiao tseng chao chu chiu cheung leung chan lam ng yip tsang kwok kwan
kim lee yi park pak choi choe jeong jung chung kang cho jo yoon yun jang lim im shin oh seo kwon hwang
ahn an song jeon yoo ryu hong ko moon mun yang son bae baek heo nam sim noh roh ha kwak sung cha joo
woo min ku jin
`.trim().split(/\s+/);
