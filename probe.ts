import { readByline } from './src/rules/bylines';
for (const l of ['记者 张三 北京报道', '记者 张三 通讯员 李四 北京报道'])
  console.log(l, JSON.stringify(readByline(l)));
